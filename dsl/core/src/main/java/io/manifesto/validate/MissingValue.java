package io.manifesto.validate;

/**
 * A {@code null} passed to a DSL method. It is remembered rather than thrown, so that it is reported with every
 * other problem, naming the field and the method, instead of surfacing later as a NullPointerException.
 *
 * @param field  the field path the value was meant for, e.g. {@code spec.template.spec.containers}
 * @param method the DSL method that received it, e.g. {@code container(...)}
 */
public record MissingValue(String field, String method) {

    /** Rule id: a {@code null} passed to a DSL method. */
    public static final String RULE = "input.null";

    /** Reports this missing value into {@code scope}. */
    public void report(Problems.Scope scope) {
        scope.error(RULE, field, null, "null was passed to " + method,
                "pass a value, or leave the call out");
    }
}
