package io.manifesto.scaling;

import io.manifesto.core.Model;
import io.manifesto.core.ResourceId;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.Resources;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Workload;

import java.util.Optional;

/**
 * How scaling resources find the workload they act on and the replica counts it runs at, and the checks they share.
 */
final class Targets {

    private Targets() {
    }

    /**
     * The workload {@code target} of the application, or an error on {@code field} of {@code scope} naming the
     * fix when the application does not contain it.
     */
    static Optional<Workload<?>> find(Model model, ResourceId target, Problems.Scope scope, String field,
                                      String ruleId) {
        @SuppressWarnings("unchecked")
        Optional<Workload<?>> workload = model.component(target, Workload.class).map(w -> (Workload<?>) w);
        if (workload.isEmpty()) {
            scope.error(ruleId, field, target, "the application has no " + target,
                    "add the workload to the application with .add(...), or target a workload it has");
        }
        return workload;
    }

    /** The id of {@code workload}; a missing workload becomes a Deployment without name, reported at build time. */
    static ResourceId idOf(Workload<?> workload) {
        return workload == null ? new ResourceId("Deployment", "") : workload.id();
    }

    /** Checks that {@code quantity} parses as a Kubernetes quantity; {@code example} goes into the fix. */
    static void checkQuantity(Problems.Scope scope, String field, Quantity quantity, String example) {
        if (quantity == null || !quantity.isValid()) {
            scope.error(Resources.QUANTITY_FORMAT_RULE, field, quantity,
                    "is not a Kubernetes quantity: a number with an optional suffix"
                            + " (m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei, or e<n>)",
                    "write it like " + example);
        }
    }

    /** The HPAs of the application that scale {@code workload}. */
    static java.util.List<HorizontalPodAutoscaler> autoscalers(Model model, ResourceId workload) {
        return model.components(HorizontalPodAutoscaler.class).stream()
                .filter(hpa -> hpa.target().equals(workload)).toList();
    }

    /**
     * The fewest replicas the workload runs: the minReplicas of the HPA that owns it (1 when unset, the Kubernetes
     * default), otherwise its {@code spec.replicas} (1 when unset, the Kubernetes default).
     */
    static int minimumReplicas(Model model, Workload<?> workload) {
        return autoscalers(model, workload.id()).stream().findFirst()
                .map(HorizontalPodAutoscaler::effectiveMinReplicas)
                .orElseGet(() -> workload.replicas().orElse(1));
    }
}
