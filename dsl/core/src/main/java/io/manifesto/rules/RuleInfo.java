package io.manifesto.rules;

import io.manifesto.validate.Severity;

import java.util.Objects;

/**
 * One rule of the catalog: its id, how severe its findings are, what it checks, and the Kubernetes or controller fact
 * it protects. {@code lint --rules} lists them; the README's rule list is checked against them.
 *
 * @param id       a stable id, e.g. {@code workload.replicas-owned}; warnings are suppressed by it
 * @param severity {@link Severity#ERROR} when a finding stops the build
 * @param summary  what it checks, one line
 * @param fact     why: what Kubernetes, a controller or the cloud does with such an object
 */
public record RuleInfo(String id, Severity severity, String summary, String fact) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fact, "fact");
    }

    /** An error rule. */
    public static RuleInfo error(String id, String summary, String fact) {
        return new RuleInfo(id, Severity.ERROR, summary, fact);
    }

    /** A warning rule. */
    public static RuleInfo warning(String id, String summary, String fact) {
        return new RuleInfo(id, Severity.WARNING, summary, fact);
    }
}
