package io.manifesto.annotations;

import io.manifesto.resources.ResourceName;
import io.manifesto.scaling.ContainerPolicy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entry of a VPA's {@code spec.resourcePolicy.containerPolicies}, as the DSL's {@code ContainerPolicy}. Bounds
 * left empty are not rendered.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface VpaContainerPolicy {

    /** {@code containerName}: a container of the workload, or {@code "*"} for all of them. */
    String containerName() default "*";

    /** {@code minAllowed.cpu}, e.g. {@code "250m"}. */
    String minCpu() default "";

    /** {@code minAllowed.memory}, e.g. {@code "512Mi"}. */
    String minMemory() default "";

    /** {@code maxAllowed.cpu}. */
    String maxCpu() default "";

    /** {@code maxAllowed.memory}. */
    String maxMemory() default "";

    /**
     * {@code controlledResources}: the resources the VPA sets (cpu and memory when not written); memory only leaves
     * CPU to an HPA on CPU utilisation.
     */
    ResourceName[] controlledResources() default {};

    /** {@code controlledValues}; rendered only when written. */
    ContainerPolicy.ControlledValues controlledValues() default ContainerPolicy.ControlledValues.REQUESTS_AND_LIMITS;
}
