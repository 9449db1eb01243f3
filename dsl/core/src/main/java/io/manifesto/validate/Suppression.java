package io.manifesto.validate;

import java.util.Objects;

/**
 * A decision to accept the warnings of one rule, with the reason written down. The reason appears in the
 * {@link ValidationReport}, so a reviewer sees what was accepted and why. Errors cannot be suppressed.
 *
 * @param ruleId   the rule whose warnings are accepted, e.g. {@code vpa.evicting-single-replica}
 * @param resource the resource ({@code Kind/name}) it applies to, or {@code *} for every resource
 * @param reason   why the warning does not apply here
 */
public record Suppression(String ruleId, String resource, String reason) {

    /** Every resource: the value of {@link #resource()} for an application-wide suppression. */
    public static final String ANY_RESOURCE = "*";

    public Suppression {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code true} when this suppression accepts {@code problem}. */
    public boolean covers(Problem problem) {
        return !problem.isError() && problem.ruleId().equals(ruleId)
                && (resource.equals(ANY_RESOURCE) || resource.equals(problem.resource()));
    }
}
