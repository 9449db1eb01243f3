package io.manifesto.resources;

import java.util.Locale;

/** The compute resources a container requests and is limited to: the keys of {@code resources.requests/limits}. */
public enum ResourceName {
    /** {@code cpu}, in cores ({@code 100m} is a tenth of a core). */
    CPU("cpu", "100m"),
    /** {@code memory}, in bytes ({@code 128Mi}). */
    MEMORY("memory", "128Mi"),
    /** {@code ephemeral-storage}, in bytes ({@code 1Gi}). */
    EPHEMERAL_STORAGE("ephemeral-storage", "1Gi");

    private final String key;
    private final String example;

    ResourceName(String key, String example) {
        this.key = key;
        this.example = example;
    }

    /** The key Kubernetes uses, e.g. {@code cpu}. */
    public String key() {
        return key;
    }

    /** A valid example quantity, used in the fix of an error. */
    public String example() {
        return example;
    }

    /** The name for humans, e.g. {@code CPU} or {@code memory}. */
    public String display() {
        return this == CPU ? "CPU" : key.toLowerCase(Locale.ROOT);
    }
}
