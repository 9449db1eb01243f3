package io.manifesto.annotations.decorator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dekorate.kubernetes.decorator.ApplicationContainerDecorator;
import io.dekorate.kubernetes.decorator.ApplyLabelSelectorDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.kubernetes.decorator.NamedResourceDecorator;
import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;
import io.manifesto.objects.ApplyOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Makes dekorate's output the same bytes on every build: every map (labels, annotations, selectors, node
 * selectors...) in key order, and the objects in apply order (Service, workloads, autoscalers and budgets, Ingress,
 * cert-manager), then by name. dekorate fills its maps from hash-ordered configuration, and writes them in the order
 * they were filled, so a label could move from one clean build to the next.
 *
 * <p>Runs after every other decorator: dekorate's topological sort finds decorators by their superclasses, and
 * every dekorate decorator extends one of those listed in {@link #after()}.
 */
public final class StableOrderDecorator extends Decorator<KubernetesListBuilder> {

    private static final ObjectMapper SORTING = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Override
    public void visit(KubernetesListBuilder list) {
        List<HasMetadata> items = list.buildItems().stream()
                .map(StableOrderDecorator::sorted)
                .sorted(ApplyOrder.COMPARATOR)
                .toList();
        list.withItems(items);
    }

    private static HasMetadata sorted(HasMetadata item) {
        try {
            return SORTING.readValue(SORTING.writeValueAsBytes(item), item.getClass());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + item.getKind() + "/" + item.getMetadata().getName(), e);
        }
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
