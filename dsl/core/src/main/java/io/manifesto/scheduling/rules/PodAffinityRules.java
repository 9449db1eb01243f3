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
import java.util.Map;
import java.util.TreeMap;

/**
 * The pods' pod affinity and anti-affinity terms: each has the node label that defines its domain and selects pods
 * (pods of the manifests, or it is a warning), and a preferred one is weighted from 1 to 100.
 */
public final class PodAffinityRules implements RuleSet {

    /** A pod affinity term without topology key or pod labels. */
    public static final RuleInfo TERM = RuleInfo.error("pod-affinity.term",
            "a pod affinity term has a topology key and pod labels",
            "the API server rejects a term without topologyKey; without labels it selects no pod");

    /** A term whose label selector matches no pod of the manifests (a warning: the pods may run elsewhere). */
    public static final RuleInfo SELECTS_NOTHING = RuleInfo.warning("placement.affinity-selects-nothing",
            "a pod (anti-)affinity term selects pods of the manifests",
            "the scheduler matches the term against running pods only: an anti-affinity whose labels no pod carries"
                    + " spreads nothing, an affinity to them keeps the pods Pending (required) or is ignored");

    @Override
    public List<RuleInfo> rules() {
        return List.of(TERM, NodeAffinityRules.WEIGHT, SELECTS_NOTHING);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodSpecs.forEach(set, findings, visit -> {
            Affinity affinity = visit.spec().getAffinity();
            if (affinity == null) {
                return;
            }
            if (affinity.getPodAffinity() != null) {
                checkTerms(set, visit, false,
                        affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                        affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
            }
            if (affinity.getPodAntiAffinity() != null) {
                checkTerms(set, visit, true,
                        affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                        affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
            }
        });
    }

    private static void checkTerms(ResolvedSet set, PodSpecs.Visit visit, boolean anti,
                                   List<PodAffinityTerm> required, List<WeightedPodAffinityTerm> preferred) {
        String prefix = anti ? "affinity.podAntiAffinity." : "affinity.podAffinity.";
        List<PodAffinityTerm> hard = PodSpecs.orEmpty(required);
        for (int i = 0; i < hard.size(); i++) {
            Findings.On term = visit.scope().field(prefix + NodeAffinityRules.REQUIRED + "[" + i + "]");
            checkTerm(term, hard.get(i));
            checkSelected(set, visit, term, hard.get(i), anti ? "keeps the pods away from nothing"
                    : "can never be met, so the pods would stay Pending unless such pods run outside them");
        }
        List<WeightedPodAffinityTerm> soft = PodSpecs.orEmpty(preferred);
        for (int i = 0; i < soft.size(); i++) {
            Findings.On weighted = visit.scope().field(prefix + NodeAffinityRules.PREFERRED + "[" + i + "]");
            NodeAffinityRules.checkWeight(weighted, "weight", soft.get(i).getWeight());
            checkTerm(weighted.field("podAffinityTerm"), soft.get(i).getPodAffinityTerm());
            checkSelected(set, visit, weighted.field("podAffinityTerm"), soft.get(i).getPodAffinityTerm(),
                    anti ? "spreads the pods from nothing" : "never applies");
        }
    }

    /**
     * Warns when {@code term}'s {@code matchLabels} select no pod of the manifests in the pods' namespace: a label
     * its pods lack (ZooKeeper's example selects {@code app: zk} on pods labelled {@code app: zookeeper}). A lookup
     * in the index of pods by label; a term that names other namespaces, or selects by expressions, is left alone.
     */
    private static void checkSelected(ResolvedSet set, PodSpecs.Visit visit, Findings.On term,
                                      PodAffinityTerm affinityTerm, String consequence) {
        LabelSelector selector = affinityTerm == null ? null : affinityTerm.getLabelSelector();
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()
                || !PodSpecs.orEmpty(selector.getMatchExpressions()).isEmpty()
                || affinityTerm.getNamespaceSelector() != null
                || PodSpecs.orEmpty(affinityTerm.getNamespaces()).stream()
                .anyMatch(namespace -> !namespace.equals(visit.resource().namespace()))) {
            return;
        }
        Map<String, String> labels = new TreeMap<>(selector.getMatchLabels());
        if (set.workloadsSelectedBy(visit.resource().namespace(), labels).isEmpty()) {
            term.report(SELECTS_NOTHING, "labelSelector.matchLabels", labels, "no pod of the manifests in this"
                            + " namespace carries these labels, so the term " + consequence,
                    Fix.of("select labels the other pods carry, e.g. Map.of(\"app.kubernetes.io/name\", \"<their"
                                    + " workload>\"), or remove the term",
                            "select labels that the other pods' template carries in metadata.labels, or remove the"
                                    + " term"));
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
