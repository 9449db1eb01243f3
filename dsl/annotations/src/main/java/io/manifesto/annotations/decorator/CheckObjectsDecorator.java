package io.manifesto.annotations.decorator;

import io.dekorate.kubernetes.decorator.Decorator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hands the finished resource list, every object dekorate and Manifesto produced, to a check: the last decorator,
 * after {@link StableOrderDecorator}, so the check reads exactly what is written. It changes nothing.
 */
public final class CheckObjectsDecorator extends Decorator<KubernetesListBuilder> {

    private final Consumer<List<HasMetadata>> check;

    /** Runs {@code check} on the finished objects. */
    public CheckObjectsDecorator(Consumer<List<HasMetadata>> check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public void visit(KubernetesListBuilder list) {
        check.accept(list.buildItems());
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // dekorate's signature: an array of raw decorator classes
    public Class<? extends Decorator>[] after() {
        return new Class[] {StableOrderDecorator.class};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckObjectsDecorator that && check.equals(that.check);
    }

    @Override
    public int hashCode() {
        return check.hashCode();
    }
}
