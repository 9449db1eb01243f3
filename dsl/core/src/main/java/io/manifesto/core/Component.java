package io.manifesto.core;

import io.manifesto.objects.ResourceId;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * A definition that an application renders into Kubernetes objects: a workload, an autoscaler, an ingress...
 * Definitions are immutable values; they see each other through the {@link Model} when the application is built.
 */
public interface Component {

    /** The objects this component renders, by kind and name: checked for duplicates across the application. */
    List<ResourceId> ids();

    /**
     * Reports every problem of this component into {@code problems}: its own rules (names, formats, ranges) and
     * the rules that need the rest of the application (a reference to a workload, a port, a key).
     */
    void validate(Model model, Problems problems);

    /** Renders the fabric8 objects; only called on a model whose validation found no error. */
    List<HasMetadata> render(Model model);

    /**
     * Objects this component says exist at deploy time without rendering them, such as a Secret whose values are
     * supplied outside git: the rules check references against them, and they are never written. None by default.
     */
    default List<HasMetadata> declares(Model model) {
        return List.of();
    }
}
