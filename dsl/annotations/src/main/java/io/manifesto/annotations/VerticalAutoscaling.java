package io.manifesto.annotations;

import io.manifesto.scaling.UpdateMode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A VerticalPodAutoscaler (autoscaling.k8s.io/v1) of the application's workload, as {@code vpa(workload)} of the
 * DSL. A VPA and an HPA acting on the same resource is an error (VPA on memory with HPA on CPU is fine).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface VerticalAutoscaling {

    /** {@code spec.updatePolicy.updateMode}; left to the VPA's default ({@code Recreate}) unless set. */
    UpdateMode updateMode() default UpdateMode.RECREATE;

    /** {@code spec.resourcePolicy.containerPolicies}. */
    VpaContainerPolicy[] containerPolicies() default {};
}
