package io.manifesto.validate;

/**
 * Where a check reports the problems of one resource, at field paths relative to a prefix: a DSL definition's
 * {@link Problems.Scope} or an object rule's findings. Shared checks (names, quantities) take it, so a DSL value and
 * an object read from YAML are held to the same check with the same message.
 */
public interface FieldReporter {

    /** A reporter whose field paths start with {@code path}, e.g. {@code spec.template.spec.containers[web]}. */
    FieldReporter field(String path);

    /** Reports an error on {@code field} (relative to this reporter). */
    void error(String ruleId, String field, Object value, String message, String fix);

    /** Reports a warning on {@code field} (relative to this reporter). */
    void warning(String ruleId, String field, Object value, String message, String fix);

    /**
     * {@code true} when the fix may name DSL calls ({@code memory("512Mi")}); {@code false} for an object read from a
     * file or added as it is, whose fix names the field to change.
     */
    default boolean dslTerms() {
        return true;
    }
}
