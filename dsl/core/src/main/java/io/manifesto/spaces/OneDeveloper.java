package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scales a space for one developer: autoscalers pinned at one replica (or removed), fixed replicas on the rest.
 * Requests and limits stay, so the pods schedule as in the parent. Disruption budgets and overprovisioning are
 * dropped by {@link SpaceTransform}.
 */
final class OneDeveloper {

    private OneDeveloper() {
    }

    /**
     * Applies {@code space}'s scale to {@code objects} (the space's, after the transform): returns the autoscalers
     * it removes.
     */
    static List<HasMetadata> scale(Space space, List<HasMetadata> objects) {
        List<HorizontalPodAutoscaler> autoscalers = objects.stream()
                .filter(HorizontalPodAutoscaler.class::isInstance).map(HorizontalPodAutoscaler.class::cast)
                .filter(hpa -> hpa.getSpec() != null && hpa.getSpec().getScaleTargetRef() != null).toList();
        List<HasMetadata> removed = space.autoscalers() == Autoscalers.REMOVED ? List.copyOf(autoscalers) : List.of();
        if (space.autoscalers() == Autoscalers.PINNED) {
            autoscalers.forEach(hpa -> {
                hpa.getSpec().setMinReplicas(1);
                hpa.getSpec().setMaxReplicas(1);
            });
        }
        Set<String> scaled = space.autoscalers() == Autoscalers.REMOVED ? Set.of() : autoscalers.stream()
                .map(hpa -> hpa.getSpec().getScaleTargetRef().getKind() + "/"
                        + hpa.getSpec().getScaleTargetRef().getName())
                .collect(Collectors.toSet());
        for (HasMetadata object : objects) {
            if (Pods.isWorkload(object) && !scaled.contains(object.getKind() + "/" + object.getMetadata().getName())
                    && !(object instanceof DaemonSet)) {
                Pods.setReplicas(object, space.replicas());
            }
        }
        return removed;
    }
}
