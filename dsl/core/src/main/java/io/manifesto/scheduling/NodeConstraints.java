package io.manifesto.scheduling;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pod asks of a node, as the scheduler filters nodes: its tolerations, its node selector and its required
 * node affinity terms (alternatives of requirements that all must hold). It answers which {@link NodePool}s the pods
 * can land on and which they are meant for, whether the constraints come from a {@link Placement} or from a rendered
 * pod spec.
 *
 * @param tolerations   {@code tolerations}
 * @param nodeSelector  {@code nodeSelector}
 * @param requiredNodes {@code affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms}
 */
public record NodeConstraints(List<Toleration> tolerations, Map<String, String> nodeSelector,
                              List<List<NodeRequirement>> requiredNodes) {

    public NodeConstraints {
        tolerations = List.copyOf(tolerations);
        nodeSelector = Collections.unmodifiableMap(new TreeMap<>(nodeSelector)); // sorted: messages show it
        requiredNodes = requiredNodes.stream().map(List::copyOf).toList();
    }

    /**
     * {@code true} when the pods can be placed on {@code pool}'s nodes: the selector and the required node
     * affinity allow their labels, and every NoSchedule or NoExecute taint is tolerated.
     */
    public boolean canRunOn(NodePool pool) {
        return allowsLabelsOf(pool) && pool.taintsNotToleratedBy(tolerations).isEmpty();
    }

    /** {@code true} when the node selector and the required node affinity allow the labels of {@code pool}. */
    private boolean allowsLabelsOf(NodePool pool) {
        return pool.matches(nodeSelector)
                && (requiredNodes.isEmpty() || requiredNodes.stream().anyMatch(term -> !term.isEmpty()
                && term.stream().allMatch(r -> r.matches(pool.labels()))));
    }

    /**
     * {@code true} when the pods are meant for {@code pool}: the node selector picks it (see
     * {@link NodePool#isTargetedBy}), or it allows the pool's labels and every required node affinity term confines
     * the pods to it, by an {@code In} of the pool's one value or an {@code Exists} on a label distinctive of it.
     */
    public boolean targets(NodePool pool) {
        return pool.isTargetedBy(nodeSelector) || affinityTargets(pool);
    }

    private boolean affinityTargets(NodePool pool) {
        return pool.matches(nodeSelector) && !requiredNodes.isEmpty()
                && requiredNodes.stream().allMatch(term -> term.stream().allMatch(r -> r.matches(pool.labels()))
                && term.stream().anyMatch(r -> confinesTo(r, pool)));
    }

    /**
     * {@code true} when {@code requirement} allows only the value {@code pool} has for a label distinctive of it:
     * {@code In} with several values also lets the pods onto nodes with the others.
     */
    private static boolean confinesTo(NodeRequirement requirement, NodePool pool) {
        return picks(requirement, pool)
                && (requirement.operator() != NodeOperator.IN || requirement.values().size() == 1);
    }

    /** {@code true} when {@code requirement} asks for a label distinctive of {@code pool}, with the pool's value. */
    public static boolean picks(NodeRequirement requirement, NodePool pool) {
        return pool.distinguishes(requirement.key())
                && (requirement.operator() == NodeOperator.IN || requirement.operator() == NodeOperator.EXISTS)
                && requirement.matches(pool.labels());
    }

    /** How these constraints pick {@code pool} (see {@link #targets}): by the node selector or the affinity. */
    public PoolPick pick(NodePool pool) {
        return pool.isTargetedBy(nodeSelector)
                ? new PoolPick("nodeSelector", nodeSelector, "the node selector picks ")
                : new PoolPick(Placement.REQUIRED_TERMS, requiredNodes,
                "the required node affinity picks ");
    }
}
