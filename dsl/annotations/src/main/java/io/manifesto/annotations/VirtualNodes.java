package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Placement on AKS virtual nodes (ACI), as the DSL's {@code AksVirtualNodes}: the pod spec's
 * {@code tolerations}, {@code nodeSelector} and {@code affinity}. What ACI cannot run is an error.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface VirtualNodes {

    /** Only on virtual nodes, or prefer regular nodes and burst onto virtual ones. */
    Mode value();

    /** The placement intents of {@code AksVirtualNodes}. */
    enum Mode {
        /** {@code onlySeedRecipe()}: the talk's toleration and three-label node selector. */
        ONLY_SEED_RECIPE,
        /** {@code onlyV1()}: only on virtual nodes v1, current labels. */
        ONLY_V1,
        /** {@code onlyV2()}: only on virtual nodes v2. */
        ONLY_V2,
        /** {@code burst()}: prefer regular nodes, tolerate virtual nodes v1. */
        BURST,
        /** {@code burstV2()}: prefer regular nodes, tolerate virtual nodes v2. */
        BURST_V2
    }
}
