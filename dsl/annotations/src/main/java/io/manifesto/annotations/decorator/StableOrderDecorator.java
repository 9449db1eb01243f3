package io.manifesto.annotations.decorator;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.dekorate.kubernetes.decorator.ApplicationContainerDecorator;
import io.dekorate.kubernetes.decorator.ApplyLabelSelectorDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.kubernetes.decorator.NamedResourceDecorator;
import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.dekorate.utils.Serialization;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;
import io.manifesto.objects.ApplyOrder;

import java.util.List;

/**
 * Makes dekorate's output the same bytes on every build: every map (labels, annotations, selectors, node
 * selectors...) in key order, and the objects in apply order (Service, workloads, autoscalers and budgets, Ingress,
 * cert-manager), then by name. dekorate fills its maps from hash-ordered configuration, and writes them in the order
 * they were filled, so a label could move from one clean build to the next.
 *
 * <p>The maps are put in order where dekorate writes them: its two writers ({@link Serialization#jsonMapper()} and
 * {@link Serialization#yamlMapper()}, which write {@code kubernetes.json} and {@code kubernetes.yml}) get Jackson's
 * {@link SerializationFeature#ORDER_MAP_ENTRIES_BY_KEYS}. An earlier version copied every object through JSON
 * with that feature instead; reading the copy back made Jackson build deserializers for the whole model graph
 * (some 400 classes loaded, a tenth of the processor's time in a cold compiler) to change nothing but the order.
 *
 * <p>Runs after every other decorator: dekorate's topological sort finds decorators by their superclasses, and
 * every dekorate decorator extends one of those listed in {@link #after()}.
 */
public final class StableOrderDecorator extends Decorator<KubernetesListBuilder> {

    static {
        // dekorate's writers are shared by the whole compilation; the feature only orders map entries, so it
        // changes no other processor's output but the order of its maps
        Serialization.jsonMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Serialization.yamlMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    @Override
    public void visit(KubernetesListBuilder list) {
        List<HasMetadata> items = list.buildItems().stream().sorted(ApplyOrder.COMPARATOR).toList();
        list.withItems(items);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // dekorate's signature: an array of raw decorator classes
    public Class<? extends Decorator>[] after() {
        return new Class[] {ResourceProvidingDecorator.class, NamedResourceDecorator.class,
                ApplicationContainerDecorator.class, ApplyLabelSelectorDecorator.class};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StableOrderDecorator;
    }

    @Override
    public int hashCode() {
        return StableOrderDecorator.class.hashCode();
    }
}
