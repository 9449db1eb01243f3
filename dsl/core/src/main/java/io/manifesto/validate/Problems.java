package io.manifesto.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects every problem of a build, so that all of them are reported at once. Rules write into it through
 * {@link #at(String)}, which fixes the resource the problems belong to.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    /** Where problems about {@code resource} (written {@code Kind/name}) are reported. */
    public Scope at(String resource) {
        return new Scope(this, resource);
    }

    /** Adds a problem found elsewhere. */
    public void add(Problem problem) {
        problems.add(problem);
    }

    /** Everything reported so far, in the order found. */
    public List<Problem> all() {
        return List.copyOf(problems);
    }

    /** {@code true} when at least one error was reported. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * Ends a validation: throws a {@link ValidationException} with every problem (errors first) when there is an
     * error, otherwise returns the report of the warnings, with {@code suppressions} applied. A problem about the
     * empty value of a field that a {@code null} was passed for ({@link MissingValue#RULE} on the same resource and
     * field) is left out: it is the same mistake, reported once, naming the method.
     *
     * @param subject what was validated, e.g. {@code application shop}
     */
    public ValidationReport verdict(String subject, List<Suppression> suppressions) {
        if (hasErrors()) {
            Set<String> nulls = problems.stream().filter(p -> p.ruleId().equals(MissingValue.RULE))
                    .map(Problems::where).collect(Collectors.toSet());
            List<Problem> kept = problems.stream().filter(p -> p.ruleId().equals(MissingValue.RULE)
                    || !(nulls.contains(where(p)) && (p.value().isEmpty() || p.value().equals("<none>")))).toList();
            List<Problem> ordered = new ArrayList<>();
            kept.stream().filter(Problem::isError).forEach(ordered::add);
            SuppressionIndex index = new SuppressionIndex(suppressions);
            kept.stream().filter(p -> !p.isError() && index.covering(p).isEmpty()).forEach(ordered::add);
            throw new ValidationException(subject, ordered);
        }
        return ValidationReport.of(problems, suppressions);
    }

    private static String where(Problem problem) {
        return problem.resource() + " " + problem.field();
    }

    /** The problems of one resource, with the field paths relative to a prefix that {@link #field} extends. */
    public static final class Scope implements FieldReporter {
        private final Problems sink;
        private final String resource;
        private final String prefix;

        private Scope(Problems sink, String resource) {
            this(sink, resource, "");
        }

        private Scope(Problems sink, String resource, String prefix) {
            this.sink = sink;
            this.resource = resource;
            this.prefix = prefix;
        }

        /** A scope whose field paths start with {@code path}, e.g. {@code spec.template.spec.containers[web]}. */
        @Override
        public Scope field(String path) {
            return new Scope(sink, resource, join(path));
        }

        /** The resource this scope reports on, {@code Kind/name}. */
        public String resource() {
            return resource;
        }

        /** Reports an error on {@code field} (relative to this scope). */
        @Override
        public void error(String ruleId, String field, Object value, String message, String fix) {
            sink.add(new Problem(Severity.ERROR, ruleId, resource, join(field), text(value), message, fix));
        }

        /** Reports a warning on {@code field} (relative to this scope). */
        @Override
        public void warning(String ruleId, String field, Object value, String message, String fix) {
            sink.add(new Problem(Severity.WARNING, ruleId, resource, join(field), text(value), message, fix));
        }

        private String join(String field) {
            if (prefix.isEmpty()) {
                return field;
            }
            if (field.isEmpty()) {
                return prefix;
            }
            return field.startsWith("[") ? prefix + field : prefix + "." + field;
        }

        private static String text(Object value) {
            return value == null ? null : String.valueOf(value);
        }
    }
}
