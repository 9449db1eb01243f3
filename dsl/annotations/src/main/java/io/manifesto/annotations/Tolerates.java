package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of repeated {@link Tolerate} annotations. */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Tolerates {

    /** The tolerations. */
    Tolerate[] value();
}
