package io.manifesto.scheduling;

import io.manifesto.core.Model;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks of a workload's whole placement (every {@link Placement} on it, combined): tolerations, node selector,
 * node affinity, pod affinity, and the known node pools (see {@link NodePools}) the pods pick or can land on.
 */
final class PlacementChecks {

    private final Placement placement;
    private final List<Toleration> tolerations;
    private final Map<String, String> nodeSelector;
    private final Map<String, List<String>> selectorValues;
    private final List<List<NodeRequirement>> requiredNodes;
    private final List<PreferredNodes> preferredNodes;
    private final List<PodAffinityTerm> podTerms;

    PlacementChecks(Placement placement) {
        this.placement = placement;
        this.tolerations = placement.tolerations();
        this.nodeSelector = placement.nodeSelector();
        this.selectorValues = placement.selectorValues();
        this.requiredNodes = placement.requiredNodes();
        this.preferredNodes = placement.preferredNodes();
        this.podTerms = placement.podTerms();
    }

    /** Reports every problem of the placement, {@code pod} scoped at the pod template. */
    void run(Workload<?> workload, Model model, Problems.Scope pod) {
        Problems.Scope spec = pod.field("spec");
        placement.missing().report(spec);
        for (int i = 0; i < tolerations.size(); i++) {
            tolerations.get(i).validate(spec, "tolerations[" + i + "]");
        }
        validateNodeSelector(spec);
        validateNodeAffinity(spec);
        validatePodTerms(spec);
        checkPools(workload, model, pod);
    }

    private void validateNodeSelector(Problems.Scope spec) {
        selectorValues.forEach((key, values) -> {
            Names.checkLabelKey(spec, "nodeSelector", key);
            values.forEach(value -> Names.checkLabelValue(spec, "nodeSelector." + key, value));
            if (values.size() > 1) {
                spec.error(Placement.CONFLICTING_NODE_SELECTOR, "nodeSelector." + key, values,
                        "the placements of the pods select the node label " + key + " = "
                                + String.join(" and ", values) + ", but nodeSelector holds one value per label, so"
                                + " only the last, " + values.get(values.size() - 1) + ", would be kept",
                        "keep one value for " + key + ", or allow several with requireNodes(NodeRequirement.in(\""
                                + key + "\", "
                                + values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "))
                                + "))");
            }
        });
    }

    /** The label keys of the node requirements; the rest are object rules ({@code NodeAffinityRules}). */
    private void validateNodeAffinity(Problems.Scope spec) {
        for (int i = 0; i < requiredNodes.size(); i++) {
            String term = Placement.NODE_AFFINITY + Placement.REQUIRED + ".nodeSelectorTerms[" + i + "]";
            requirements(spec, term + ".matchExpressions", requiredNodes.get(i));
        }
        for (int i = 0; i < preferredNodes.size(); i++) {
            String term = Placement.NODE_AFFINITY + Placement.PREFERRED + "[" + i + "]";
            requirements(spec, term + ".preference.matchExpressions", preferredNodes.get(i).requirements());
        }
    }

    private static void requirements(Problems.Scope spec, String field, List<NodeRequirement> requirements) {
        for (int j = 0; j < requirements.size(); j++) {
            requirements.get(j).validate(spec, field + "[" + j + "]");
        }
    }

    /**
     * The label keys and values of the pod terms; the rest are object rules ({@code PodAffinityRules}): a term
     * without topology key or labels, a weight out of range.
     */
    private void validatePodTerms(Problems.Scope spec) {
        Map<String, Integer> counters = new LinkedHashMap<>();
        for (PodAffinityTerm term : podTerms) {
            String list = "affinity." + (term.anti() ? "podAntiAffinity." : "podAffinity.")
                    + (term.required() ? Placement.REQUIRED : Placement.PREFERRED);
            int index = counters.merge(list, 1, Integer::sum) - 1;
            String field = list + "[" + index + "]" + (term.required() ? "" : ".podAffinityTerm");
            if (!term.topologyKey().isEmpty()) {
                Names.checkLabelKey(spec, field + ".topologyKey", term.topologyKey());
            }
            term.matchLabels().forEach((key, value) -> {
                Names.checkLabelKey(spec, field + ".labelSelector.matchLabels", key);
                Names.checkLabelValue(spec, field + ".labelSelector.matchLabels." + key, value);
            });
        }
    }

    private void checkPools(Workload<?> workload, Model model, Problems.Scope pod) {
        NodePools.lacking(model).stream().filter(placement::targets).findFirst().ifPresent(pool -> pool.absenceChecks()
                .forEach(check -> check.check(workload, placement, pool, model, pod)));
        // a pool whose taint the pods do not tolerate is node-pool.untolerated-taint, an object rule (NodePoolRules)
        Map<PoolCheck, NodePool> checks = new LinkedHashMap<>();
        for (NodePool pool : NodePools.known(model)) {
            if (placement.canRunOn(pool)) {
                pool.checks().forEach(check -> checks.putIfAbsent(check, pool));
            }
        }
        checks.forEach((check, pool) -> check.check(workload, placement, pool, model, pod));
    }
}
