package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entry of the pod spec's {@code nodeSelector}: the pods run only on nodes with this label, as the DSL's
 * {@code placement().nodeSelector(key, value)}. Repeatable; a pool picked by its labels that is tainted needs a
 * {@link Tolerate}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@Repeatable(NodeLabels.class)
public @interface NodeLabel {

    /** The node label key, e.g. {@code agentpool}. */
    String key();

    /** The node label value. */
    String value();
}
