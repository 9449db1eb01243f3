package io.manifesto.annotations.processing;

import io.dekorate.kubernetes.decorator.AddAnnotationDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.manifesto.core.Labels;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.manifesto.annotations.decorator.AddObjectDecorator;
import io.manifesto.annotations.decorator.AddPodAnnotationDecorator;
import io.manifesto.annotations.decorator.ApplyIngressTlsDecorator;
import io.manifesto.annotations.decorator.ApplyPlacementDecorator;
import io.manifesto.annotations.decorator.RemoveReplicasDecorator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parts of the DSL's rendering that go into dekorate's list: whole objects of the kinds dekorate lacks, and,
 * from the stand-in Deployment and Ingress, the pod placement, the pod template annotations, whether an autoscaler
 * owns the replicas, and the ingress's TLS sections with their cert-manager annotations.
 *
 * @param workload           the name of dekorate's Deployment (and Ingress)
 * @param objects            the objects added as rendered
 * @param placement          a pod spec holding only tolerations, node selector and affinity
 * @param podAnnotations     the pod template annotations
 * @param replicasOwned      whether an autoscaler owns the Deployment's replicas
 * @param tls                the ingress's {@code spec.tls}
 * @param ingressAnnotations the ingress's cert-manager annotations
 */
record Contributions(String workload, List<HasMetadata> objects, PodSpec placement,
                     Map<String, String> podAnnotations, boolean replicasOwned, List<IngressTLS> tls,
                     Map<String, String> ingressAnnotations) {

    /** The kinds that dekorate does not write, added whole. */
    static final Set<String> ADDED_KINDS = Set.of("HorizontalPodAutoscaler", "VerticalPodAutoscaler",
            "PodDisruptionBudget", "ClusterIssuer", "Issuer", "Certificate");

    static Contributions of(String workload, List<HasMetadata> rendered) {
        List<HasMetadata> objects = rendered.stream().filter(o -> ADDED_KINDS.contains(o.getKind()))
                .map(o -> selectingDekoratePods(o, workload)).toList();
        PodSpec placement = new PodSpec();
        Map<String, String> podAnnotations = new TreeMap<>();
        List<IngressTLS> tls = new ArrayList<>();
        Map<String, String> ingressAnnotations = new TreeMap<>();
        for (HasMetadata object : rendered) {
            if (object instanceof Deployment deployment && workload.equals(deployment.getMetadata().getName())) {
                PodTemplateSpec template = deployment.getSpec().getTemplate();
                PodSpec pod = template.getSpec();
                placement = new PodSpecBuilder().withTolerations(empty(pod.getTolerations()))
                        .withNodeSelector(pod.getNodeSelector().isEmpty() ? null : pod.getNodeSelector())
                        .withAffinity(pod.getAffinity()).build();
                if (template.getMetadata().getAnnotations() != null) {
                    podAnnotations.putAll(template.getMetadata().getAnnotations());
                }
            }
            if (object instanceof Ingress ingress && ingress.getSpec().getTls() != null) {
                tls.addAll(ingress.getSpec().getTls());
                ingress.getMetadata().getAnnotations().forEach((key, value) -> {
                    if (key.startsWith("cert-manager.io/")) {
                        ingressAnnotations.put(key, value);
                    }
                });
            }
        }
        boolean owned = objects.stream().anyMatch(o -> o.getKind().equals("HorizontalPodAutoscaler"));
        return new Contributions(workload, objects, placement, podAnnotations, owned, tls, ingressAnnotations);
    }

    /**
     * A budget selects the pods by the label dekorate gives them, {@code app.kubernetes.io/name}: the DSL's selector
     * also names the instance, a label dekorate's pods lack, so the budget would protect no pod (the object rule
     * {@code pdb.target-missing} found it).
     */
    private static HasMetadata selectingDekoratePods(HasMetadata object, String workload) {
        if (object instanceof PodDisruptionBudget budget && budget.getSpec() != null) {
            budget.getSpec().setSelector(new LabelSelector(null, Map.of(Labels.NAME, workload)));
        }
        return object;
    }

    private static <T> List<T> empty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    /** The decorators that put these parts into dekorate's list. */
    List<Decorator<?>> decorators() {
        List<Decorator<?>> decorators = new ArrayList<>();
        objects.forEach(o -> decorators.add(new AddObjectDecorator(o)));
        if (placement.getTolerations() != null || placement.getNodeSelector() != null
                || placement.getAffinity() != null) {
            decorators.add(new ApplyPlacementDecorator(workload, placement));
        }
        podAnnotations.forEach((key, value) -> decorators.add(new AddPodAnnotationDecorator(workload, key, value)));
        if (replicasOwned) {
            decorators.add(new RemoveReplicasDecorator(workload));
        }
        if (!tls.isEmpty()) {
            decorators.add(new ApplyIngressTlsDecorator(workload, tls));
        }
        ingressAnnotations.forEach((key, value) ->
                decorators.add(new AddAnnotationDecorator(workload, key, value, "Ingress")));
        return decorators;
    }
}
