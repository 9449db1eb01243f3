package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A HorizontalPodAutoscaler (autoscaling/v2) of the application's workload, as {@code hpa(workload)} of the DSL:
 * {@code spec.minReplicas}, {@code spec.maxReplicas}, one metric per attribute set, and {@code spec.behavior}. The
 * Deployment then renders without {@code spec.replicas}; a {@code replicas} set in {@code @KubernetesApplication}
 * is an error, since the autoscaler owns the count.
 *
 * <pre>{@code
 * @HorizontalAutoscaling(minReplicas = 2, maxReplicas = 10, cpuUtilization = 70,
 *         scaleDown = @ScaleBehavior(stabilizationWindowSeconds = 300,
 *                 policies = @ScalePolicy(type = ScalePolicy.Type.PERCENT, value = 10, periodSeconds = 60)))
 * }</pre>
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface HorizontalAutoscaling {

    /** {@code spec.minReplicas}: at least 1. */
    int minReplicas() default 1;

    /** {@code spec.maxReplicas}: at least {@link #minReplicas()}. */
    int maxReplicas();

    /** A Resource metric on {@code cpu}, {@code target.averageUtilization} in percent of the CPU request. */
    int cpuUtilization() default 0;

    /** A Resource metric on {@code memory}, {@code target.averageUtilization} in percent of the memory request. */
    int memoryUtilization() default 0;

    /** A Resource metric on {@code cpu}, {@code target.averageValue} as a quantity, e.g. {@code "150m"}. */
    String cpuAverageValue() default "";

    /** A Resource metric on {@code memory}, {@code target.averageValue} as a quantity, e.g. {@code "200Mi"}. */
    String memoryAverageValue() default "";

    /** {@code spec.behavior.scaleUp}; left to Kubernetes' defaults unless set. */
    ScaleBehavior scaleUp() default @ScaleBehavior;

    /** {@code spec.behavior.scaleDown}; left to Kubernetes' defaults unless set. */
    ScaleBehavior scaleDown() default @ScaleBehavior;
}
