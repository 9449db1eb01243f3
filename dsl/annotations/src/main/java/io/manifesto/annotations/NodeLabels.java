package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of repeated {@link NodeLabel}s. */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface NodeLabels {

    /** The node labels. */
    NodeLabel[] value();
}
