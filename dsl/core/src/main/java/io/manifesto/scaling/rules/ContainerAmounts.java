package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceName;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a container of a pod spec requests and is limited to, as Kubernetes counts it. */
final class ContainerAmounts {

    private ContainerAmounts() {
    }

    /** The containers of {@code spec} (not the init containers), without {@code null} entries. */
    static List<Container> containers(PodSpec spec) {
        return spec.getContainers() == null ? List.of()
                : spec.getContainers().stream().filter(Objects::nonNull).toList();
    }

    /** The compute resource whose key is {@code key} ({@code cpu}, {@code memory}...), if Manifesto knows it. */
    static Optional<ResourceName> resource(String key) {
        return Arrays.stream(ResourceName.values()).filter(name -> name.key().equals(key)).findFirst();
    }

    /** The name of {@code container}, {@code ""} when it has none. */
    static String name(Container container) {
        return container.getName() == null ? "" : container.getName();
    }

    /**
     * What {@code container} requests of {@code resource}: its request, or its limit when only that is set (the
     * API server then defaults the request to the limit).
     */
    static Optional<Quantity> request(Container container, ResourceName resource) {
        return amount(container.getResources() == null ? null : container.getResources().getRequests(), resource)
                .or(() -> limit(container, resource));
    }

    /** The limit of {@code container} for {@code resource}, if it has one. */
    static Optional<Quantity> limit(Container container, ResourceName resource) {
        return amount(container.getResources() == null ? null : container.getResources().getLimits(), resource);
    }

    private static Optional<Quantity> amount(Map<String, io.fabric8.kubernetes.api.model.Quantity> amounts,
                                             ResourceName resource) {
        if (amounts == null || !amounts.containsKey(resource.key())) {
            return Optional.empty();
        }
        return Optional.of(Quantity.fromObject(amounts.get(resource.key())));
    }
}
