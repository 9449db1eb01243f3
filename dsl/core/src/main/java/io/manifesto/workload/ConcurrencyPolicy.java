package io.manifesto.workload;

/** What a CronJob does when a run is due while the last one still runs: {@code spec.concurrencyPolicy}. */
public enum ConcurrencyPolicy {
    /** {@code Allow} (the Kubernetes default): runs may overlap. */
    ALLOW("Allow"),
    /** {@code Forbid}: the new run is skipped. */
    FORBID("Forbid"),
    /** {@code Replace}: the running one is stopped and the new one starts. */
    REPLACE("Replace");

    private final String value;

    ConcurrencyPolicy(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code Forbid}. */
    public String value() {
        return value;
    }
}
