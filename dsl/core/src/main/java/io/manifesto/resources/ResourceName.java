package io.manifesto.resources;

import java.math.BigDecimal;
import java.util.Locale;

/** The compute resources a container requests and is limited to: the keys of {@code resources.requests/limits}. */
public enum ResourceName {
    /** {@code cpu}, in cores ({@code 100m} is a tenth of a core). */
    CPU("cpu", "100m", new BigDecimal("0.001")),
    /** {@code memory}, in bytes ({@code 128Mi}). */
    MEMORY("memory", "128Mi", BigDecimal.ONE),
    /** {@code ephemeral-storage}, in bytes ({@code 1Gi}). */
    EPHEMERAL_STORAGE("ephemeral-storage", "1Gi", BigDecimal.ONE);

    private final String key;
    private final String example;
    private final BigDecimal resolution;

    ResourceName(String key, String example, BigDecimal resolution) {
        this.key = key;
        this.example = example;
        this.resolution = resolution;
    }

    /** The key Kubernetes uses, e.g. {@code cpu}. */
    public String key() {
        return key;
    }

    /** A valid example quantity, used in the fix of an error. */
    public String example() {
        return example;
    }

    /**
     * The smallest amount Kubernetes counts of this resource: a millicore ({@code 0.001}) of CPU, a byte ({@code 1})
     * of memory and ephemeral storage. A finer amount is rounded up.
     */
    public BigDecimal resolution() {
        return resolution;
    }

    /** {@code true} for memory and ephemeral storage, which count bytes. */
    public boolean countsBytes() {
        return this != CPU;
    }

    /** The name for humans, e.g. {@code CPU} or {@code memory}. */
    public String display() {
        return this == CPU ? "CPU" : key.toLowerCase(Locale.ROOT);
    }
}
