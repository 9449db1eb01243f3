package io.manifesto.core;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A last-applied change to one rendered fabric8 object, for what the DSL does not express. It runs after every
 * component has rendered and before serialization; the rules of the DSL do not see what it changes.
 *
 * @param type   the fabric8 class of the object, e.g. {@code io.fabric8.kubernetes.api.model.apps.Deployment}
 * @param name   the object's {@code metadata.name}
 * @param change what to do to it
 * @param <T>    the fabric8 class
 */
public record Customization<T extends HasMetadata>(Class<T> type, String name, Consumer<? super T> change) {

    public Customization {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
    }

    /** {@code true} when {@code object} is the one this customization changes. */
    public boolean matches(HasMetadata object) {
        return type.isInstance(object) && object.getMetadata() != null
                && name.equals(object.getMetadata().getName());
    }

    /** Applies the change to {@code object}, which {@link #matches} it. */
    public void apply(HasMetadata object) {
        change.accept(type.cast(object));
    }

    /** The customized object's kind and name, for messages. */
    public String describe() {
        return type.getSimpleName() + "/" + name;
    }
}
