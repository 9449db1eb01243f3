package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A PodDisruptionBudget (policy/v1) for the application's pods, as {@code disruptionBudget(workload)} of the DSL:
 * exactly one of {@code minAvailable} and {@code maxUnavailable}, each a count ({@code "2"}) or a percentage
 * ({@code "50%"}). A budget that blocks every node drain is an error.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface DisruptionBudget {

    /** {@code spec.minAvailable}: a count or a percentage. */
    String minAvailable() default "";

    /** {@code spec.maxUnavailable}: a count or a percentage. */
    String maxUnavailable() default "";
}
