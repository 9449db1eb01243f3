package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The cluster autoscaler's eviction hint, the pod template annotation
 * {@code cluster-autoscaler.kubernetes.io/safe-to-evict: "true"} (or {@code "false"}), as the DSL's
 * {@code safeToEvict()} and {@code notSafeToEvict()}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface SafeToEvict {

    /** Whether the autoscaler may evict the pods to remove a node. */
    boolean value() default true;
}
