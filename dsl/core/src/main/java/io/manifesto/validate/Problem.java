package io.manifesto.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * One mistake found in a definition: which resource, which field (as a Kubernetes field path), which value,
 * which rule, and how to fix it.
 *
 * @param severity whether it stops the build
 * @param ruleId   a stable id, e.g. {@code resources.request-above-limit}; warnings are suppressed by it
 * @param resource the resource, as {@code Kind/name}
 * @param field    the field path inside the rendered resource, e.g. {@code spec.template.spec.containers[web].image}
 * @param value    the offending value as the user wrote it ({@code <none>} when it is missing)
 * @param message  what is wrong
 * @param fix      what to do about it
 * @param source   where it was written, when known ({@code null} for a DSL definition): see {@link #position()}
 */
public record Problem(Severity severity, String ruleId, String resource, String field, String value,
                      String message, String fix, SourcePosition source) {

    /** A problem of a definition that has no source position (the DSL's). */
    public Problem(Severity severity, String ruleId, String resource, String field, String value, String message,
                   String fix) {
        this(severity, ruleId, resource, field, value, message, fix, null);
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        value = value == null ? "<none>" : value;
    }

    /** Where it was written: the file and line of the YAML object or field, when known. */
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(source);
    }

    /** {@code true} for errors. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One line: {@code error Deployment/shop spec.replicas = "0": <message>. Fix: <fix>. [rule-id]}, preceded by
     * {@code file:line: } when the position is known.
     */
    @Override
    public String toString() {
        return (source == null ? "" : source + ": ") + severity.label() + " " + resource + " " + field + " = \"" + value + "\": " + message
                + ". Fix: " + fix + ". [" + ruleId + "]";
    }
}
