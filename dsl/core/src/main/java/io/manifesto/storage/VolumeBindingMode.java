package io.manifesto.storage;

/** When a claim of a StorageClass is bound and provisioned: its {@code volumeBindingMode}. */
public enum VolumeBindingMode {
    /** {@code Immediate}: as soon as the claim exists, wherever the volume lands (the Kubernetes default). */
    IMMEDIATE("Immediate"),
    /**
     * {@code WaitForFirstConsumer}: once a pod using the claim is scheduled, so a zonal disk is made in that pod's
     * zone.
     */
    WAIT_FOR_FIRST_CONSUMER("WaitForFirstConsumer");

    private final String value;

    VolumeBindingMode(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code WaitForFirstConsumer}. */
    public String value() {
        return value;
    }
}
