package io.manifesto.scaling;

import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.resources.ResourceName;
import io.manifesto.workload.Container;
import io.manifesto.workload.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one pod of a workload requests, as the scheduler counts it: per resource, the sum over its containers, or
 * the largest init container's when that is more (init containers run one at a time, before the others). A
 * container that sets only a limit requests its limit, as Kubernetes defaults the request to it.
 */
final class PodRequests {

    private PodRequests() {
    }

    /**
     * The requests of one pod of {@code workload}, in {@link ResourceName} order; a resource with a quantity
     * Kubernetes does not accept for it is left out (the workload reports it).
     */
    static List<ResourceAmount> of(Workload<?> workload) {
        List<ResourceAmount> amounts = new ArrayList<>();
        for (ResourceName resource : ResourceName.values()) {
            List<Quantity> containers = workload.containers().stream()
                    .flatMap(c -> request(c, resource).stream()).toList();
            List<Quantity> inits = workload.initContainers().stream()
                    .flatMap(c -> request(c, resource).stream()).toList();
            if (containers.isEmpty() && inits.isEmpty()
                    || Stream.concat(containers.stream(), inits.stream()).anyMatch(q -> !q.isValidFor(resource))) {
                continue;
            }
            Quantity sum = Quantity.sum(resource, containers);
            Quantity pod = inits.stream().max(Quantity::compareTo).filter(init -> init.compareTo(sum) > 0)
                    .orElse(sum);
            amounts.add(new ResourceAmount(resource, pod));
        }
        return amounts;
    }

    /** What {@code container} requests of {@code resource}: its request, or its limit when only that is set. */
    static Optional<Quantity> request(Container container, ResourceName resource) {
        return container.resources().request(resource).or(() -> container.resources().limit(resource));
    }
}
