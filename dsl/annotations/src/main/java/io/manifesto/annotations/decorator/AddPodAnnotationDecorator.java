package io.manifesto.annotations.decorator;

import io.dekorate.kubernetes.decorator.AddMetadataToTemplateDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.kubernetes.decorator.NamedResourceDecorator;
import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpecFluent;

import java.util.Objects;

/**
 * Adds an annotation to the pod template ({@code spec.template.metadata.annotations}) of the named workload, such
 * as the cluster autoscaler's {@code cluster-autoscaler.kubernetes.io/safe-to-evict}. dekorate's
 * {@code AddAnnotationDecorator} writes to the resource's own metadata, which the autoscaler does not read.
 */
public final class AddPodAnnotationDecorator extends NamedResourceDecorator<PodTemplateSpecFluent<?>> {

    private final String key;
    private final String value;

    /** Adds {@code key: value} to the pod template annotations of the workload {@code name}. */
    public AddPodAnnotationDecorator(String name, String key, String value) {
        super(name);
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public void andThenVisit(PodTemplateSpecFluent<?> template, ObjectMeta resource) {
        template.editOrNewMetadata().addToAnnotations(key, value).endMetadata();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // dekorate's signature: an array of raw decorator classes
    public Class<? extends Decorator>[] after() {
        return new Class[] {ResourceProvidingDecorator.class, AddMetadataToTemplateDecorator.class};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddPodAnnotationDecorator that && Objects.equals(name, that.name)
                && key.equals(that.key) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, key, value);
    }
}
