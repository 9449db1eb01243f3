package io.manifesto.annotations.decorator;

import io.dekorate.kubernetes.decorator.ApplyApplicationContainerDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.kubernetes.decorator.NamedResourceDecorator;
import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecFluent;

import java.util.Objects;

/**
 * Applies a placement to the pod spec of the named workload: appends the {@code tolerations}, adds the
 * {@code nodeSelector} entries and sets the {@code affinity} of {@code placement}, a pod spec that holds only those.
 */
public final class ApplyPlacementDecorator extends NamedResourceDecorator<PodSpecFluent<?>> {

    private final PodSpec placement;

    /** Applies the placement fields of {@code placement} to the pods of the workload {@code name}. */
    public ApplyPlacementDecorator(String name, PodSpec placement) {
        super(name);
        this.placement = Objects.requireNonNull(placement, "placement");
    }

    @Override
    public void andThenVisit(PodSpecFluent<?> pod, ObjectMeta resource) {
        if (placement.getTolerations() != null) {
            pod.addAllToTolerations(placement.getTolerations());
        }
        if (placement.getNodeSelector() != null) {
            pod.addToNodeSelector(placement.getNodeSelector());
        }
        if (placement.getAffinity() != null) {
            pod.withAffinity(placement.getAffinity());
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // dekorate's signature: an array of raw decorator classes
    public Class<? extends Decorator>[] after() {
        return new Class[] {ResourceProvidingDecorator.class, ApplyApplicationContainerDecorator.class};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplyPlacementDecorator that && Objects.equals(name, that.name)
                && placement.equals(that.placement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, placement);
    }
}
