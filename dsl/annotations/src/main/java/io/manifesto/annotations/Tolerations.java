package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of repeated {@link Toleration}s. */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Tolerations {

    /** The tolerations. */
    Toleration[] value();
}
