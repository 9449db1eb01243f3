package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodAffinity;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * From a {@link Placement} to the pod spec: {@code tolerations}, {@code nodeSelector} and {@code affinity}, merged
 * with what the pod spec already has. A term already there is not added again (a repeated preferred term would
 * double its weight); required node terms already there are joined with the placement's, as a node must meet both.
 */
final class PlacementMapping {

    private final List<Toleration> tolerations;
    private final Map<String, String> nodeSelector;
    private final List<List<NodeRequirement>> requiredNodes;
    private final List<PreferredNodes> preferredNodes;
    private final List<PodAffinityTerm> podTerms;

    private PlacementMapping(Placement placement) {
        this.tolerations = placement.tolerations();
        this.nodeSelector = placement.nodeSelector();
        this.requiredNodes = placement.requiredNodes();
        this.preferredNodes = placement.preferredNodes();
        this.podTerms = placement.podTerms();
    }

    /** Renders {@code placement} into {@code template}'s pod spec, keeping what other traits put there. */
    static void applyTo(Placement placement, PodTemplateSpec template) {
        new PlacementMapping(placement).render(template);
    }

    private void render(PodTemplateSpec template) {
        PodSpec spec = template.getSpec();
        List<io.fabric8.kubernetes.api.model.Toleration> rendered = new ArrayList<>(orEmpty(spec.getTolerations()));
        tolerations.stream().map(Toleration::render).forEach(toleration -> Terms.addNew(rendered, toleration));
        spec.setTolerations(rendered);
        if (!nodeSelector.isEmpty()) {
            Map<String, String> selector = new TreeMap<>(spec.getNodeSelector() == null ? Map.of()
                    : spec.getNodeSelector());
            selector.putAll(nodeSelector);
            spec.setNodeSelector(selector);
        }
        if (!requiredNodes.isEmpty() || !preferredNodes.isEmpty()) {
            renderNodeAffinity(affinity(spec));
        }
        if (!podTerms.isEmpty()) {
            renderPodTerms(affinity(spec));
        }
    }

    private void renderNodeAffinity(Affinity affinity) {
        NodeAffinity node = orNew(affinity.getNodeAffinity(), NodeAffinity::new);
        affinity.setNodeAffinity(node);
        if (!requiredNodes.isEmpty()) {
            NodeSelector required = orNew(node.getRequiredDuringSchedulingIgnoredDuringExecution(),
                    NodeSelector::new);
            List<List<io.fabric8.kubernetes.api.model.NodeSelectorRequirement>> present =
                    orEmpty(required.getNodeSelectorTerms()).stream()
                            .map(term -> orEmpty(term.getMatchExpressions())).toList();
            List<List<io.fabric8.kubernetes.api.model.NodeSelectorRequirement>> own = requiredNodes.stream()
                    .map(term -> term.stream().map(NodeRequirement::render).toList()).toList();
            required.setNodeSelectorTerms(Terms.bothOf(present, own).stream()
                    .map(term -> new NodeSelectorTerm(term, List.of())).toList());
            node.setRequiredDuringSchedulingIgnoredDuringExecution(required);
        }
        List<PreferredSchedulingTerm> preferred =
                new ArrayList<>(orEmpty(node.getPreferredDuringSchedulingIgnoredDuringExecution()));
        preferredNodes.forEach(term -> Terms.addNew(preferred, new PreferredSchedulingTerm(new NodeSelectorTerm(
                term.requirements().stream().map(NodeRequirement::render).toList(), List.of()), term.weight())));
        node.setPreferredDuringSchedulingIgnoredDuringExecution(preferred);
    }

    private void renderPodTerms(Affinity affinity) {
        PodAffinity near = orNew(affinity.getPodAffinity(), PodAffinity::new);
        PodAntiAffinity away = orNew(affinity.getPodAntiAffinity(), PodAntiAffinity::new);
        List<io.fabric8.kubernetes.api.model.PodAffinityTerm> nearRequired =
                new ArrayList<>(orEmpty(near.getRequiredDuringSchedulingIgnoredDuringExecution()));
        List<WeightedPodAffinityTerm> nearPreferred =
                new ArrayList<>(orEmpty(near.getPreferredDuringSchedulingIgnoredDuringExecution()));
        List<io.fabric8.kubernetes.api.model.PodAffinityTerm> awayRequired =
                new ArrayList<>(orEmpty(away.getRequiredDuringSchedulingIgnoredDuringExecution()));
        List<WeightedPodAffinityTerm> awayPreferred =
                new ArrayList<>(orEmpty(away.getPreferredDuringSchedulingIgnoredDuringExecution()));
        for (PodAffinityTerm term : podTerms) {
            io.fabric8.kubernetes.api.model.PodAffinityTerm rendered = new io.fabric8.kubernetes.api.model
                    .PodAffinityTermBuilder()
                    .withLabelSelector(new LabelSelectorBuilder().withMatchLabels(term.matchLabels()).build())
                    .withTopologyKey(term.topologyKey())
                    .build();
            if (term.required()) {
                Terms.addNew(term.anti() ? awayRequired : nearRequired, rendered);
            } else {
                Terms.addNew(term.anti() ? awayPreferred : nearPreferred, new WeightedPodAffinityTerm(rendered,
                        term.weight()));
            }
        }
        near.setRequiredDuringSchedulingIgnoredDuringExecution(nearRequired);
        near.setPreferredDuringSchedulingIgnoredDuringExecution(nearPreferred);
        away.setRequiredDuringSchedulingIgnoredDuringExecution(awayRequired);
        away.setPreferredDuringSchedulingIgnoredDuringExecution(awayPreferred);
        if (!nearRequired.isEmpty() || !nearPreferred.isEmpty()) {
            affinity.setPodAffinity(near);
        }
        if (!awayRequired.isEmpty() || !awayPreferred.isEmpty()) {
            affinity.setPodAntiAffinity(away);
        }
    }

    private static Affinity affinity(PodSpec spec) {
        Affinity affinity = orNew(spec.getAffinity(), Affinity::new);
        spec.setAffinity(affinity);
        return affinity;
    }

    private static <T> T orNew(T value, Supplier<T> create) {
        return value == null ? create.get() : value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
