package io.manifesto.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code manifesto} command: {@code render}, {@code lint} and {@code --help}. Exit codes: 0 clean, 1 problems
 * found, 2 bad usage or unreadable input. Each error is one line on standard error, never a stack trace.
 */
public final class Main {

    /** Exit code: nothing wrong. */
    public static final int OK = 0;
    /** Exit code: the definition or the manifests have errors. */
    public static final int PROBLEMS = 1;
    /** Exit code: a command line the CLI cannot run, or input it cannot read. */
    public static final int USAGE = 2;

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> all = Arrays.asList(args);
        if (all.isEmpty() || all.contains("--help") || all.contains("-h") || all.get(0).equals("help")) {
            out.print(Help.TEXT);
            return all.isEmpty() ? USAGE : OK;
        }
        List<String> rest = all.subList(1, all.size());
        try {
            return switch (all.get(0)) {
                case "render" -> new RenderCommand(out, err).run(rest);
                case "lint" -> new LintCommand(out).run(rest);
                default -> throw new UsageException("unknown command \"" + all.get(0) + "\": use render or lint;"
                        + " see manifesto --help");
            };
        } catch (UsageException e) {
            err.println("manifesto " + e.getMessage());
            return USAGE;
        }
    }
}
