package io.manifesto.scheduling;

/** What a node taint does to pods that do not tolerate it: {@code effect} of a taint or a toleration. */
public enum TaintEffect {
    /** {@code NoSchedule}: new pods are not placed on the node. */
    NO_SCHEDULE("NoSchedule"),
    /** {@code PreferNoSchedule}: the scheduler avoids the node when it can. */
    PREFER_NO_SCHEDULE("PreferNoSchedule"),
    /** {@code NoExecute}: new pods are not placed, and running ones are evicted. */
    NO_EXECUTE("NoExecute");

    private final String value;

    TaintEffect(String value) {
        this.value = value;
    }

    /** The spelling Kubernetes uses, e.g. {@code NoSchedule}. */
    public String value() {
        return value;
    }

    /** {@code true} when pods that do not tolerate it cannot be placed on the node. */
    public boolean blocksScheduling() {
        return this != PREFER_NO_SCHEDULE;
    }

    @Override
    public String toString() {
        return value;
    }
}
