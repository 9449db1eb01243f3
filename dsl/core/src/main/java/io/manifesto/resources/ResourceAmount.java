package io.manifesto.resources;

import java.util.Objects;

/**
 * An amount of one compute resource, as written in {@code requests} or {@code limits}: {@code cpu: 100m}.
 *
 * @param resource which resource
 * @param quantity how much
 */
public record ResourceAmount(ResourceName resource, Quantity quantity) {

    public ResourceAmount {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** CPU, e.g. {@code cpu("100m")} or {@code cpu("0.5")}. */
    public static ResourceAmount cpu(String quantity) {
        return new ResourceAmount(ResourceName.CPU, Quantity.of(quantity));
    }

    /** CPU in millicores: {@code millicores(100)} is {@code cpu: 100m}. */
    public static ResourceAmount millicores(long millicores) {
        return new ResourceAmount(ResourceName.CPU, Quantity.millis(millicores));
    }

    /** Memory, e.g. {@code memory("128Mi")}. */
    public static ResourceAmount memory(String quantity) {
        return new ResourceAmount(ResourceName.MEMORY, Quantity.of(quantity));
    }

    /** Ephemeral storage, e.g. {@code ephemeralStorage("1Gi")}. */
    public static ResourceAmount ephemeralStorage(String quantity) {
        return new ResourceAmount(ResourceName.EPHEMERAL_STORAGE, Quantity.of(quantity));
    }
}
