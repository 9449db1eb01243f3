package io.manifesto.objects;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;

import java.util.Map;
import java.util.Objects;

/**
 * One object that will be applied, as the rules see it: the fabric8 object, the namespace it is applied in and where
 * it came from.
 *
 * @param object    the object, read only by rules
 * @param namespace the namespace it is applied in ({@code ""} for a cluster-scoped object, or when nobody says)
 * @param origin    where it came from
 */
public record Resource(HasMetadata object, String namespace, Origin origin) {

    public Resource {
        Objects.requireNonNull(object, "object");
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(origin, "origin");
    }

    /** Its kind and name. */
    public ResourceId id() {
        return ResourceId.of(object);
    }

    /** Its kind, {@code ""} when it has none. */
    public String kind() {
        return id().kind();
    }

    /** Its name, {@code ""} when it has none. */
    public String name() {
        return id().name();
    }

    /** Its labels, never {@code null}. */
    public Map<String, String> labels() {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getLabels() == null ? Map.of() : meta.getLabels();
    }

    /** Its annotations, never {@code null}. */
    public Map<String, String> annotations() {
        ObjectMeta meta = object.getMetadata();
        return meta == null || meta.getAnnotations() == null ? Map.of() : meta.getAnnotations();
    }

    /** {@code Kind/name}, as problems name it. */
    @Override
    public String toString() {
        return id().toString();
    }
}
