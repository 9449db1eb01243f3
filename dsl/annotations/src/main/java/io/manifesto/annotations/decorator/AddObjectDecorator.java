package io.manifesto.annotations.decorator;

import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;

import java.util.Objects;

/**
 * Adds one object (a HorizontalPodAutoscaler, VerticalPodAutoscaler, PodDisruptionBudget, ClusterIssuer...) to the
 * resource list, unless the list already has an object of that apiVersion, kind and name.
 */
public final class AddObjectDecorator extends ResourceProvidingDecorator<KubernetesListBuilder> {

    private final HasMetadata object;

    /** Adds {@code object} as it is. */
    public AddObjectDecorator(HasMetadata object) {
        this.object = Objects.requireNonNull(object, "object");
    }

    @Override
    public void visit(KubernetesListBuilder list) {
        if (!contains(list, object.getApiVersion(), object.getKind(), object.getMetadata().getName())) {
            list.addToItems(object);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddObjectDecorator that && object.equals(that.object);
    }

    @Override
    public int hashCode() {
        return object.hashCode();
    }
}
