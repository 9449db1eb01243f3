package io.manifesto.scaling;

/** {@code preemptionPolicy} of a PriorityClass: whether its pods may evict lower-priority pods to be scheduled. */
public enum PreemptionPolicy {
    /** {@code PreemptLowerPriority}: they may (the Kubernetes default). */
    PREEMPT_LOWER_PRIORITY("PreemptLowerPriority"),
    /** {@code Never}: they wait for room instead. */
    NEVER("Never");

    private final String value;

    PreemptionPolicy(String value) {
        this.value = value;
    }

    /** The string Kubernetes uses. */
    public String value() {
        return value;
    }
}
