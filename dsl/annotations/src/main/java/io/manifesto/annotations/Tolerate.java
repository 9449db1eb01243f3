package io.manifesto.annotations;

import io.manifesto.scheduling.TaintEffect;
import io.manifesto.scheduling.TolerationOperator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entry of the pod spec's {@code tolerations}, as the DSL's {@code Toleration.exists(...)} or
 * {@code Toleration.equal(...)}. Repeatable.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@Repeatable(Tolerates.class)
public @interface Tolerate {

    /** {@code key}: the taint key tolerated. */
    String key();

    /** {@code operator}: {@code Exists} (any value) or {@code Equal} (the {@link #value()}). */
    TolerationOperator operator() default TolerationOperator.EXISTS;

    /** {@code value}: only with {@code Equal}. */
    String value() default "";

    /** {@code effect}; every effect when not written (with {@code Exists}). */
    TaintEffect effect() default TaintEffect.NO_SCHEDULE;
}
