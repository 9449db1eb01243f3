package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.manifesto.resources.ResourceName;

import java.util.ArrayList;
import java.util.List;

/** The compute resources an HPA object scales a container on, for the rules of the other autoscalers. */
final class HpaScaledResources {

    private HpaScaledResources() {
    }

    /**
     * The resources {@code hpa} scales {@code container} on: those of its {@code Resource} metrics and of the
     * {@code ContainerResource} metrics naming that container; CPU when it has no metrics (the Kubernetes default).
     */
    static List<ResourceName> of(HorizontalPodAutoscaler hpa, String container) {
        List<MetricSpec> metrics = hpa.getSpec() == null || hpa.getSpec().getMetrics() == null ? List.of()
                : hpa.getSpec().getMetrics();
        if (metrics.isEmpty()) {
            return List.of(ResourceName.CPU);
        }
        List<ResourceName> resources = new ArrayList<>();
        for (MetricSpec metric : metrics) {
            String key = null;
            if (metric != null && "Resource".equals(metric.getType()) && metric.getResource() != null) {
                key = metric.getResource().getName();
            } else if (metric != null && "ContainerResource".equals(metric.getType())
                    && metric.getContainerResource() != null
                    && container.equals(metric.getContainerResource().getContainer())) {
                key = metric.getContainerResource().getName();
            }
            ContainerAmounts.resource(key).filter(r -> !resources.contains(r)).ifPresent(resources::add);
        }
        return resources;
    }
}
