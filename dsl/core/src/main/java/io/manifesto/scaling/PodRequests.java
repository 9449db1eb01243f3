package io.manifesto.scaling;

import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.resources.ResourceName;
import io.manifesto.workload.Container;
import io.manifesto.workload.Workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one pod of a workload requests, as the scheduler counts it: per resource, the sum over its containers, or
 * the largest init container's when that is more (init containers run one at a time, before the others). A
 * container that sets only a limit requests its limit, as Kubernetes defaults the request to it.
 */
final class PodRequests {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** The binary suffixes: Ki is 2^10, Mi 2^20, and so on. */
    private static final List<String> BINARY_SUFFIXES = List.of("Ki", "Mi", "Gi", "Ti", "Pi", "Ei");

    private PodRequests() {
    }

    /**
     * The requests of one pod of {@code workload}, in {@link ResourceName} order; a resource with an invalid
     * quantity is left out (the workload reports it).
     */
    static List<ResourceAmount> of(Workload<?> workload) {
        List<ResourceAmount> amounts = new ArrayList<>();
        for (ResourceName resource : ResourceName.values()) {
            List<Quantity> containers = workload.containers().stream()
                    .flatMap(c -> request(c, resource).stream()).toList();
            List<Quantity> inits = workload.initContainers().stream()
                    .flatMap(c -> request(c, resource).stream()).toList();
            if (containers.isEmpty() && inits.isEmpty()
                    || containers.stream().anyMatch(q -> !q.isValid()) || inits.stream().anyMatch(q -> !q.isValid())) {
                continue;
            }
            BigDecimal sum = containers.stream().map(PodRequests::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            Optional<Quantity> largestInit = inits.stream().max(Quantity::compareTo);
            Quantity pod = largestInit.filter(init -> value(init).compareTo(sum) > 0)
                    .or(() -> containers.size() == 1 ? Optional.of(containers.get(0)) : Optional.empty())
                    .orElseGet(() -> format(resource, sum));
            amounts.add(new ResourceAmount(resource, pod));
        }
        return amounts;
    }

    private static Optional<Quantity> request(Container container, ResourceName resource) {
        return container.resources().request(resource).or(() -> container.resources().limit(resource));
    }

    private static BigDecimal value(Quantity quantity) {
        return quantity.value().orElseThrow();
    }

    /**
     * {@code value} written as a person would: CPU in whole cores or millicores, bytes with the largest binary
     * suffix that divides them. Kubernetes counts CPU in millicores and memory in bytes, so a remainder is rounded up.
     */
    private static Quantity format(ResourceName resource, BigDecimal value) {
        if (resource == ResourceName.CPU) {
            BigDecimal millis = value.multiply(THOUSAND).setScale(0, RoundingMode.CEILING);
            return millis.remainder(THOUSAND).signum() == 0
                    ? Quantity.of(millis.divide(THOUSAND).toBigInteger().toString())
                    : Quantity.of(millis.toBigInteger() + "m");
        }
        BigDecimal bytes = value.setScale(0, RoundingMode.CEILING);
        for (int i = BINARY_SUFFIXES.size(); i > 0; i--) {
            BigDecimal unit = BigDecimal.valueOf(2).pow(10 * i);
            if (bytes.signum() > 0 && bytes.remainder(unit).signum() == 0) {
                return Quantity.of(bytes.divide(unit).toBigInteger() + BINARY_SUFFIXES.get(i - 1));
            }
        }
        return Quantity.of(bytes.toBigInteger().toString());
    }
}
