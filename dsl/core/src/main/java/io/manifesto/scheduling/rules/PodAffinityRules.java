package io.manifesto.scheduling.rules;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;

/**
 * The pods' pod affinity and anti-affinity terms: each has the node label that defines its domain and selects pods,
 * and a preferred one is weighted from 1 to 100.
 */
public final class PodAffinityRules implements RuleSet {

    /** A pod affinity term without topology key or pod labels. */
    public static final RuleInfo TERM = RuleInfo.error("pod-affinity.term",
            "a pod affinity term has a topology key and pod labels",
            "the API server rejects a term without topologyKey; without labels it selects no pod");

    @Override
    public List<RuleInfo> rules() {
        return List.of(TERM, NodeAffinityRules.WEIGHT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodSpecs.forEach(set, findings, visit -> {
            Affinity affinity = visit.spec().getAffinity();
            if (affinity == null) {
                return;
            }
            if (affinity.getPodAffinity() != null) {
                checkTerms(visit, "affinity.podAffinity.",
                        affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                        affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
            }
            if (affinity.getPodAntiAffinity() != null) {
                checkTerms(visit, "affinity.podAntiAffinity.",
                        affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                        affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
            }
        });
    }

    private static void checkTerms(PodSpecs.Visit visit, String prefix, List<PodAffinityTerm> required,
                                   List<WeightedPodAffinityTerm> preferred) {
        List<PodAffinityTerm> hard = PodSpecs.orEmpty(required);
        for (int i = 0; i < hard.size(); i++) {
            checkTerm(visit.scope().field(prefix + NodeAffinityRules.REQUIRED + "[" + i + "]"), hard.get(i));
        }
        List<WeightedPodAffinityTerm> soft = PodSpecs.orEmpty(preferred);
        for (int i = 0; i < soft.size(); i++) {
            Findings.On weighted = visit.scope().field(prefix + NodeAffinityRules.PREFERRED + "[" + i + "]");
            NodeAffinityRules.checkWeight(weighted, "weight", soft.get(i).getWeight());
            checkTerm(weighted.field("podAffinityTerm"), soft.get(i).getPodAffinityTerm());
        }
    }

    private static void checkTerm(Findings.On term, PodAffinityTerm affinityTerm) {
        String topologyKey = affinityTerm == null ? null : affinityTerm.getTopologyKey();
        if (topologyKey == null || topologyKey.isEmpty()) {
            term.report(TERM, "topologyKey", "", "a pod affinity term needs the node label that defines its domain",
                    Fix.of("use e.g. \"kubernetes.io/hostname\" (per node) or \"topology.kubernetes.io/zone\""));
        }
        LabelSelector selector = affinityTerm == null ? null : affinityTerm.getLabelSelector();
        boolean selects = selector != null && (selector.getMatchLabels() != null
                && !selector.getMatchLabels().isEmpty() || !PodSpecs.orEmpty(selector.getMatchExpressions())
                .isEmpty());
        if (!selects) {
            term.report(TERM, "labelSelector.matchLabels", "{}", "a pod affinity term without pod labels selects no pod",
                    Fix.of("name the labels of the other pods, e.g. Map.of(\"app.kubernetes.io/name\", \"cache\")",
                            "name the labels of the other pods in labelSelector.matchLabels, e.g."
                                    + " app.kubernetes.io/name: cache"));
        }
    }
}
