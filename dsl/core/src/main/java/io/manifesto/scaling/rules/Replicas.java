package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;

import java.util.Optional;

/** The replica counts a workload runs at, as the scaling rules count them. */
final class Replicas {

    private Replicas() {
    }

    /** The first HorizontalPodAutoscaler that scales {@code workload}, if any does. */
    static Optional<Resource> owner(ResolvedSet set, Resource workload) {
        return set.hpasTargeting(workload).stream().findFirst();
    }

    /** The fewest replicas {@code hpa} keeps: its {@code minReplicas}, or 1 (the Kubernetes default). */
    static int minReplicas(Resource hpa) {
        HorizontalPodAutoscaler object = (HorizontalPodAutoscaler) hpa.object();
        Integer min = object.getSpec() == null ? null : object.getSpec().getMinReplicas();
        return min == null ? 1 : min;
    }

    /**
     * The fewest replicas {@code workload} runs: the minReplicas of the HPA that owns it (1 when unset), otherwise
     * its {@code spec.replicas} (1 when unset, the Kubernetes default).
     */
    static int minimum(ResolvedSet set, Resource workload) {
        return owner(set, workload).map(Replicas::minReplicas)
                .orElseGet(() -> set.pods(workload).flatMap(pods -> pods.replicas()).orElse(1));
    }
}
