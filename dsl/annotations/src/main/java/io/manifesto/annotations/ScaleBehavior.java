package io.manifesto.annotations;

import io.manifesto.scaling.SelectPolicy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One direction of an autoscaler's {@code spec.behavior} ({@code scaleUp} or {@code scaleDown}), as the DSL's
 * {@code ScalingRules}. Only the attributes written are rendered.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface ScaleBehavior {

    /** {@code stabilizationWindowSeconds}: 0 to 3600. */
    int stabilizationWindowSeconds() default 0;

    /** {@code policies}. */
    ScalePolicy[] policies() default {};

    /** {@code selectPolicy}: which policy wins when several allow a change. */
    SelectPolicy selectPolicy() default SelectPolicy.MAX;
}
