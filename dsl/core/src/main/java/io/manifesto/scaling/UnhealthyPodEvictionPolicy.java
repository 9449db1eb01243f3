package io.manifesto.scaling;

/** {@code spec.unhealthyPodEvictionPolicy} of a PodDisruptionBudget: when pods that are not ready may be evicted. */
public enum UnhealthyPodEvictionPolicy {
    /** {@code IfHealthyBudget}: only while the budget is met (the Kubernetes default). */
    IF_HEALTHY_BUDGET("IfHealthyBudget"),
    /** {@code AlwaysAllow}: always, so a crash-looping pod never blocks a node drain. */
    ALWAYS_ALLOW("AlwaysAllow");

    private final String value;

    UnhealthyPodEvictionPolicy(String value) {
        this.value = value;
    }

    /** The string Kubernetes uses. */
    public String value() {
        return value;
    }
}
