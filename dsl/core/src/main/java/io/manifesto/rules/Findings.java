package io.manifesto.rules;

import io.manifesto.objects.Resource;
import io.manifesto.validate.FieldReporter;
import io.manifesto.validate.Problem;
import io.manifesto.validate.Problems;
import io.manifesto.validate.Severity;

/**
 * Where rules report: each finding names the resource, the field path, the value, what is wrong and the fix worded
 * for the object's origin, and carries the source position of the field when the object was read from a file.
 */
public final class Findings {

    private final Problems sink;

    /** Findings that go into {@code sink}. */
    public Findings(Problems sink) {
        this.sink = sink;
    }

    /** Where findings about {@code resource} are reported. */
    public On on(Resource resource) {
        return new On(resource, "");
    }

    /** The findings of one resource, with field paths relative to a prefix that {@link #field} extends. */
    public final class On implements FieldReporter {
        private final Resource resource;
        private final String prefix;

        private On(Resource resource, String prefix) {
            this.resource = resource;
            this.prefix = prefix;
        }

        /** A scope whose field paths start with {@code path}, e.g. {@code spec.template.spec.containers[web]}. */
        @Override
        public On field(String path) {
            return new On(resource, join(path));
        }

        /** The resource this scope reports on. */
        public Resource resource() {
            return resource;
        }

        /** Reports a finding of {@code rule}, with the rule's severity, on {@code field}. */
        public void report(RuleInfo rule, String field, Object value, String message, Fix fix) {
            add(rule.severity(), rule.id(), field, value, message, fix);
        }

        /** Reports a warning of {@code rule}, whatever its catalog severity (a milder case of an error rule). */
        public void warn(RuleInfo rule, String field, Object value, String message, Fix fix) {
            add(Severity.WARNING, rule.id(), field, value, message, fix);
        }

        @Override
        public void error(String ruleId, String field, Object value, String message, String fix) {
            add(Severity.ERROR, ruleId, field, value, message, Fix.of(fix));
        }

        @Override
        public void warning(String ruleId, String field, Object value, String message, String fix) {
            add(Severity.WARNING, ruleId, field, value, message, Fix.of(fix));
        }

        @Override
        public boolean dslTerms() {
            return resource.origin().isDsl();
        }

        private void add(Severity severity, String ruleId, String field, Object value, String message, Fix fix) {
            String path = join(field);
            sink.add(new Problem(severity, ruleId, resource.toString(), path,
                    value == null ? null : String.valueOf(value), message, fix.textFor(resource.origin()),
                    resource.origin().positionOf(path).orElse(null)));
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
    }
}
