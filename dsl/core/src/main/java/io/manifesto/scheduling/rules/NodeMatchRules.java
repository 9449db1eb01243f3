package io.manifesto.scheduling.rules;

import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.scheduling.ClusterProfile;
import io.manifesto.scheduling.NodeConflict;
import io.manifesto.scheduling.NodeConstraints;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.NodeRequirement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A node selector and required node affinity terms that some node can meet at once. A node must carry every label
 * of the selector and meet one term: when each term contradicts the selector or itself on a label ({@code type:
 * virtual-kubelet} with {@code type NotIn [virtual-kubelet]}), or asks with the selector for the labels of two pools
 * of the standard cluster profile (AKS virtual nodes v1 and v2), no node does, and the pods stay Pending. Needs no
 * pool of the application: the profile's labels are known to every set, manifests included.
 */
public final class NodeMatchRules implements RuleSet {

    /** Requirements no node meets at once. */
    public static final RuleInfo NO_MATCHING_NODE = RuleInfo.error("placement.no-matching-node",
            "a placement's node requirements can all be met by one node",
            "contradictory selector and required affinity terms match no node: the pods stay Pending");

    private static final String REQUIRED_TERMS = NodeAffinityRules.NODE_AFFINITY + NodeAffinityRules.REQUIRED
            + ".nodeSelectorTerms";

    @Override
    public List<RuleInfo> rules() {
        return List.of(NO_MATCHING_NODE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodSpecs.forEach(set, findings, visit -> {
            Map<String, String> selector = Collections.unmodifiableMap(new TreeMap<>(
                    visit.spec().getNodeSelector() == null ? Map.of() : visit.spec().getNodeSelector()));
            NodeConstraints.of(visit.spec()).map(NodeConstraints::requiredNodes).ifPresent(terms -> {
                if (!checkMixedPools(visit.scope(), selector, terms)) {
                    checkConflicts(visit.scope(), selector, terms);
                }
            });
        });
    }

    /**
     * Reports a node selector that, alone or with every required node affinity term, asks for the labels of two
     * pools of the standard cluster profile at once; {@code true} when it does.
     */
    private static boolean checkMixedPools(Findings.On spec, Map<String, String> selector,
                                           List<List<NodeRequirement>> terms) {
        Fix fix = ClusterProfile.standard().pickOneFix();
        List<NodePool> mixed = mixedPools(selector, List.of());
        if (!mixed.isEmpty()) {
            spec.report(NO_MATCHING_NODE, "nodeSelector", selector, "the node selector asks for the labels of "
                    + descriptions(mixed) + " at once, which no node has, so the pods would stay Pending", fix);
            return true;
        }
        if (!terms.isEmpty()) {
            List<List<NodePool>> perTerm = terms.stream().map(term -> mixedPools(selector, term)).toList();
            if (perTerm.stream().noneMatch(List::isEmpty)) {
                spec.report(NO_MATCHING_NODE, REQUIRED_TERMS, terms,
                        "every required node affinity term, with the node selector, asks for the labels of "
                                + descriptions(perTerm.get(0)) + " at once, which no node has, so the pods would"
                                + " stay Pending", fix);
                return true;
            }
        }
        return false;
    }

    /**
     * Reports required node affinity terms that each contradict the node selector, or themselves, on some node
     * label: a node must meet the selector and one of the terms, and none can.
     */
    private static void checkConflicts(Findings.On spec, Map<String, String> selector,
                                       List<List<NodeRequirement>> terms) {
        List<NodeConflict> conflicts = terms.stream().map(term -> NodeConflict.of(selector, term))
                .flatMap(Optional::stream).toList();
        if (terms.isEmpty() || conflicts.size() < terms.size()) {
            return;
        }
        NodeConflict first = conflicts.get(0);
        boolean selected = selector.containsKey(first.key());
        String asks = String.join(" and ", first.conditions()) + " at once";
        String agree = "make the conditions on " + first.key() + " agree, or drop one of them";
        spec.report(NO_MATCHING_NODE, REQUIRED_TERMS, terms,
                (terms.size() == 1
                        ? (selected ? "the node selector and the required node affinity ask for "
                                : "the required node affinity asks for ") + asks + ", which no node has"
                        : "each of the " + terms.size() + " required node affinity terms asks, with the node"
                                + " selector, for what no node has (the first for " + asks + ")")
                        + ", so the pods would stay Pending",
                Fix.of(agree + ": every placement of a workload must hold at once", agree));
    }

    /**
     * The pools of the standard cluster profile that {@code selector} and {@code term} ask for (by a label
     * distinctive of the pool, with the pool's value), when they ask for two or more and allow none of them;
     * otherwise empty.
     */
    private static List<NodePool> mixedPools(Map<String, String> selector, List<NodeRequirement> term) {
        List<NodePool> asked = ClusterProfile.standard().pools().stream()
                .filter(pool -> asksFor(pool, selector, term)).toList();
        boolean allowsOne = asked.stream().anyMatch(pool -> pool.matches(selector)
                && term.stream().allMatch(r -> r.matches(pool.labels())));
        return asked.size() < 2 || allowsOne ? List.of() : asked;
    }

    private static boolean asksFor(NodePool pool, Map<String, String> selector, List<NodeRequirement> term) {
        return selector.entrySet().stream().anyMatch(e -> pool.distinguishes(e.getKey())
                && e.getValue().equals(pool.labels().get(e.getKey())))
                || term.stream().anyMatch(r -> NodeConstraints.picks(r, pool));
    }

    private static String descriptions(List<NodePool> pools) {
        return pools.stream().map(NodePool::description).collect(Collectors.joining(" and "));
    }
}
