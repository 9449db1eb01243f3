package io.manifesto.scaling;

import io.manifesto.core.Model;
import io.manifesto.core.ResourceId;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Workload;

import java.util.Optional;

/** How scaling resources find the workload they act on, and the replica counts that workload runs at. */
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
