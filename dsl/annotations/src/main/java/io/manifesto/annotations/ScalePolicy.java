package io.manifesto.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One entry of {@code behavior.scaleUp/scaleDown.policies}, as the DSL's {@code ScalingPolicy}. */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface ScalePolicy {

    /** {@code type}: a number of pods or a percentage of the current replicas. */
    Type type();

    /** {@code value}: pods or percent, at least 1. */
    int value();

    /** {@code periodSeconds}: 1 to 1800. */
    int periodSeconds();

    /** The policy's {@code type}. */
    enum Type {
        /** {@code type: Pods}. */
        PODS,
        /** {@code type: Percent}. */
        PERCENT
    }
}
