package io.manifesto.storage;

/** What happens to a provisioned volume when its claim is deleted: a StorageClass's {@code reclaimPolicy}. */
public enum ReclaimPolicy {
    /** {@code Delete}: the volume and its disk go with the claim (the Kubernetes default). */
    DELETE("Delete"),
    /** {@code Retain}: the volume stays, to be reclaimed by hand; for data that must outlive its claim. */
    RETAIN("Retain");

    private final String value;

    ReclaimPolicy(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code Retain}. */
    public String value() {
        return value;
    }
}
