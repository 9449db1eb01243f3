package io.manifesto.objects;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The identity of one Kubernetes object inside an application: its kind and name, written {@code Kind/name}.
 *
 * @param kind e.g. {@code Deployment} ({@code ""} when unknown)
 * @param name e.g. {@code shop}
 */
public record ResourceId(String kind, String name) {

    public ResourceId {
        kind = kind == null ? "" : kind;
        name = name == null ? "" : name;
    }

    /** The id of a rendered fabric8 object. */
    public static ResourceId of(HasMetadata object) {
        return new ResourceId(object.getKind(), object.getMetadata() == null ? "" : object.getMetadata().getName());
    }

    /** {@code Kind/name}. */
    @Override
    public String toString() {
        return kind + "/" + name;
    }
}
