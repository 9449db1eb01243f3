package io.manifesto.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command: {@code --name value}, {@code --name=value}, flags without a value, and
 * everything else as an operand. Unknown options and a missing value are usage errors.
 */
final class Arguments {

    private final String command;
    private final Map<String, String> options;
    private final List<String> operands;

    private Arguments(String command, Map<String, String> options, List<String> operands) {
        this.command = command;
        this.options = options;
        this.operands = operands;
    }

    /**
     * Parses {@code args} of {@code command}, which takes the options in {@code valued} (each with a value) and
     * {@code flags} (without one).
     */
    static Arguments parse(String command, List<String> args, Set<String> valued, Set<String> flags) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                operands.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (flags.contains(name) && equals < 0) {
                options.put(name, "true");
            } else if (valued.contains(name)) {
                String value = equals >= 0 ? arg.substring(equals + 1)
                        : i + 1 < args.size() && !args.get(i + 1).startsWith("--") ? args.get(++i) : null;
                if (value == null || value.isEmpty()) {
                    throw new UsageException(command + ": --" + name + " needs a value");
                }
                if (options.put(name, value) != null) {
                    throw new UsageException(command + ": --" + name + " is given twice");
                }
            } else {
                throw new UsageException(command + ": unknown option " + arg + "; see manifesto --help");
            }
        }
        return new Arguments(command, options, operands);
    }

    /** The value of {@code --name}, if given. */
    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of {@code --name}, which the command needs. */
    String required(String name, String example) {
        return option(name).orElseThrow(() -> new UsageException(command + ": --" + name + " is required, e.g. --"
                + name + " " + example));
    }

    /** Whether the flag {@code --name} is given. */
    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The operands, in order. */
    List<String> operands() {
        return operands;
    }
}
