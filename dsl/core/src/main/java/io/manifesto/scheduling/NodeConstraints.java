package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
     * What the pod spec {@code spec} asks of a node; empty when a required node affinity requirement has an operator
     * Kubernetes does not know (the API server rejects it, and nothing can be said of where the pods go). A
     * toleration whose operator or effect Kubernetes does not know tolerates nothing and is left out.
     */
    public static Optional<NodeConstraints> of(PodSpec spec) {
        List<Toleration> tolerations = new ArrayList<>();
        for (io.fabric8.kubernetes.api.model.Toleration toleration : orEmpty(spec.getTolerations())) {
            toleration(toleration).ifPresent(tolerations::add);
        }
        NodeAffinity affinity = spec.getAffinity() == null ? null : spec.getAffinity().getNodeAffinity();
        List<NodeSelectorTerm> terms = affinity == null
                || affinity.getRequiredDuringSchedulingIgnoredDuringExecution() == null ? List.of()
                : orEmpty(affinity.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms());
        List<List<NodeRequirement>> required = new ArrayList<>();
        for (NodeSelectorTerm term : terms) {
            List<NodeRequirement> requirements = new ArrayList<>();
            for (NodeSelectorRequirement expression : term == null ? List.<NodeSelectorRequirement>of()
                    : orEmpty(term.getMatchExpressions())) {
                Optional<NodeOperator> operator = NodeOperator.of(expression.getOperator());
                if (operator.isEmpty()) {
                    return Optional.empty();
                }
                requirements.add(new NodeRequirement(expression.getKey(), operator.get(), expression.getValues()));
            }
            required.add(requirements);
        }
        Map<String, String> selector = new TreeMap<>();
        if (spec.getNodeSelector() != null) {
            spec.getNodeSelector().forEach((key, value) -> {
                if (key != null && value != null) {
                    selector.put(key, value);
                }
            });
        }
        return Optional.of(new NodeConstraints(tolerations, selector, required));
    }

    private static Optional<Toleration> toleration(io.fabric8.kubernetes.api.model.Toleration toleration) {
        String operator = toleration == null ? null : toleration.getOperator();
        TolerationOperator kind = operator == null || operator.equals(TolerationOperator.EQUAL.value())
                ? TolerationOperator.EQUAL
                : operator.equals(TolerationOperator.EXISTS.value()) ? TolerationOperator.EXISTS : null;
        String effect = toleration == null ? null : toleration.getEffect();
        Optional<TaintEffect> taintEffect = Arrays.stream(TaintEffect.values())
                .filter(e -> e.value().equals(effect)).findFirst();
        if (kind == null || (effect != null && !effect.isEmpty() && taintEffect.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Toleration(Objects.requireNonNullElse(toleration.getKey(), ""), kind,
                toleration.getValue(), taintEffect.orElse(null), toleration.getTolerationSeconds()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
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
