package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.manifesto.core.Model;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a workload's pods may and should run: tolerations, node selector, node affinity and pod (anti-)affinity,
 * rendered into {@code spec.template.spec.tolerations}, {@code nodeSelector} and {@code affinity}. A pod trait:
 * add it with {@code workload.placement(placement)}. Immutable: every method returns a new placement.
 *
 * <p>A workload with several placements gets all of them (see {@link #and}), and is checked once, as a whole:
 * against every known {@link NodePool} (the ones added to the application, and those of its {@link ClusterProfile}), a
 * selector that picks tainted nodes without the toleration is an error, and the pools the pods can land on impose
 * their rules; two values for one node selector label are an error, and so are a node selector and required node
 * affinity terms that no node meets at once.
 */
public final class Placement implements PodTrait {

    /** Rule id: one node selector label given two different values (in one placement or across placements). */
    public static final String CONFLICTING_NODE_SELECTOR = "placement.conflicting-node-selector";

    static final String NODE_AFFINITY = "affinity.nodeAffinity.";
    static final String REQUIRED = "requiredDuringSchedulingIgnoredDuringExecution";
    static final String PREFERRED = "preferredDuringSchedulingIgnoredDuringExecution";
    /** The field of the required node affinity terms, relative to the pod spec. */
    static final String REQUIRED_TERMS = NODE_AFFINITY + REQUIRED + ".nodeSelectorTerms";

    private static final Placement EMPTY = new Placement(List.of(), Map.of(), List.of(), List.of(), List.of(),
            Nulls.NONE);

    private final List<Toleration> tolerations;
    /** Every value given to each node selector label, in the order given, without repeats; more than one conflicts. */
    private final Map<String, List<String>> selectorValues;
    /** Each node selector label with its last value: what is rendered. */
    private final Map<String, String> nodeSelector;
    private final List<List<NodeRequirement>> requiredNodes;
    private final List<PreferredNodes> preferredNodes;
    private final List<PodAffinityTerm> podTerms;
    /** The nulls passed to this placement's methods, reported as {@code input.null}. */
    private final Nulls missing;
    /** What the pods ask of a node, for matching node pools. */
    private final NodeConstraints constraints;

    private Placement(List<Toleration> tolerations, Map<String, List<String>> selectorValues,
                      List<List<NodeRequirement>> requiredNodes, List<PreferredNodes> preferredNodes,
                      List<PodAffinityTerm> podTerms, Nulls missing) {
        this.missing = missing;
        this.tolerations = tolerations.stream().distinct().toList(); // and() of two placements may repeat one
        Map<String, List<String>> values = new TreeMap<>();
        Map<String, String> selector = new TreeMap<>();
        selectorValues.forEach((key, given) -> {
            values.put(key, List.copyOf(given));
            selector.put(key, given.get(given.size() - 1));
        });
        this.selectorValues = Collections.unmodifiableMap(values);
        this.nodeSelector = Collections.unmodifiableMap(selector);
        // and() of two placements may repeat a term: a repeated preferred term would double its weight
        this.requiredNodes = requiredNodes.stream().map(List::copyOf).distinct().toList();
        this.preferredNodes = preferredNodes.stream().distinct().toList();
        this.podTerms = podTerms.stream().distinct().toList();
        this.constraints = new NodeConstraints(this.tolerations, this.nodeSelector, this.requiredNodes);
    }

    /** A placement that constrains nothing: add tolerations, selectors and affinities to it. */
    public static Placement anywhere() {
        return EMPTY;
    }

    /** This placement, with {@code toleration} in {@code tolerations[]} ({@code null} is reported as input.null). */
    public Placement tolerate(Toleration toleration) {
        if (toleration == null) {
            return new Placement(tolerations, selectorValues, requiredNodes, preferredNodes, podTerms,
                    missing.with(new MissingValue("tolerations", "tolerate(...)")));
        }
        return new Placement(Terms.append(tolerations, toleration), selectorValues, requiredNodes, preferredNodes,
                podTerms, missing);
    }

    /**
     * This placement, with {@code key: value} in {@code nodeSelector}: only nodes with that label. A second,
     * different value for the same key is reported ({@value #CONFLICTING_NODE_SELECTOR}) rather than replacing the
     * first.
     */
    public Placement nodeSelector(String key, String value) {
        if (key == null || value == null) {
            return new Placement(tolerations, selectorValues, requiredNodes, preferredNodes, podTerms,
                    missing.with(new MissingValue("nodeSelector", "nodeSelector(...)")));
        }
        return new Placement(tolerations, mergeSelectors(selectorValues, Map.of(key, List.of(value))), requiredNodes,
                preferredNodes, podTerms, missing);
    }

    /** This placement, with every entry of {@code labels} in {@code nodeSelector}. */
    public Placement nodeSelector(Map<String, String> labels) {
        if (labels == null) {
            return nodeSelector(null, null);
        }
        Placement result = this;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            result = result.nodeSelector(label.getKey(), label.getValue());
        }
        return result;
    }

    /**
     * This placement, allowing nodes that meet all {@code requirements}: a term of
     * {@code nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[]}. Terms are
     * alternatives: a node that meets one of them may run the pods.
     */
    public Placement requireNodes(NodeRequirement... requirements) {
        List<List<NodeRequirement>> copy = new ArrayList<>(requiredNodes);
        copy.add(list(requirements));
        return new Placement(tolerations, selectorValues, copy, preferredNodes, podTerms,
                missing.rememberAny(requirements, NODE_AFFINITY + REQUIRED, "requireNodes(...)"));
    }

    /**
     * This placement, preferring nodes that meet all {@code requirements} by {@code weight} (1..100):
     * {@code nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[]}.
     */
    public Placement preferNodes(int weight, NodeRequirement... requirements) {
        return new Placement(tolerations, selectorValues, requiredNodes,
                Terms.append(preferredNodes, new PreferredNodes(weight, list(requirements))), podTerms,
                missing.rememberAny(requirements, NODE_AFFINITY + PREFERRED, "preferNodes(...)"));
    }

    /**
     * This placement, only in a {@code topologyKey} domain that runs pods with {@code labels}:
     * {@code podAffinity.requiredDuringSchedulingIgnoredDuringExecution[]}.
     */
    public Placement nearPods(String topologyKey, Map<String, String> labels) {
        return pod(false, null, topologyKey, labels, "nearPods(...)");
    }

    /** Like {@link #nearPods}, as a preference of {@code weight} (1..100): {@code podAffinity.preferred...[]}. */
    public Placement preferNearPods(int weight, String topologyKey, Map<String, String> labels) {
        return pod(false, weight, topologyKey, labels, "preferNearPods(...)");
    }

    /**
     * This placement, never in a {@code topologyKey} domain that runs pods with {@code labels}:
     * {@code podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[]}.
     */
    public Placement awayFromPods(String topologyKey, Map<String, String> labels) {
        return pod(true, null, topologyKey, labels, "awayFromPods(...)");
    }

    /** Like {@link #awayFromPods}, as a preference of {@code weight} (1..100): {@code podAntiAffinity.preferred...}. */
    public Placement preferAwayFromPods(int weight, String topologyKey, Map<String, String> labels) {
        return pod(true, weight, topologyKey, labels, "preferAwayFromPods(...)");
    }

    /**
     * This placement and {@code other}: every toleration (each once, in the order first given), selector entry,
     * preference and pod term of both, and nodes that meet the requirements of both. Required node terms are
     * alternatives within one placement, so combining two placements joins each term of one with each term of the
     * other (a node must satisfy both placements, not either). A node selector label that both give different
     * values is reported ({@value #CONFLICTING_NODE_SELECTOR}).
     */
    public Placement and(Placement other) {
        if (other == null) {
            return new Placement(tolerations, selectorValues, requiredNodes, preferredNodes, podTerms,
                    missing.with(new MissingValue("affinity", "and(...)")));
        }
        return new Placement(Terms.concat(tolerations, other.tolerations),
                mergeSelectors(selectorValues, other.selectorValues), Terms.bothOf(requiredNodes, other.requiredNodes),
                Terms.concat(preferredNodes, other.preferredNodes), Terms.concat(podTerms, other.podTerms),
                new Nulls(Terms.concat(missing.values(), other.missing.values())));
    }

    private static Map<String, List<String>> mergeSelectors(Map<String, List<String>> first,
                                                            Map<String, List<String>> second) {
        Map<String, List<String>> merged = new TreeMap<>(first);
        second.forEach((key, values) -> merged.merge(key, values,
                (old, added) -> Terms.concat(old, added.stream().filter(v -> !old.contains(v)).toList())));
        return merged;
    }

    /**
     * This placement's node constraints only: it keeps {@code spec.tolerations}, {@code spec.nodeSelector} and
     * {@code spec.affinity.nodeAffinity}, and drops {@code spec.affinity.podAffinity} and {@code podAntiAffinity},
     * which are about the pods it was written for. For pods that must be able to stand on the same nodes as others,
     * such as overprovisioning placeholders.
     */
    public Placement nodesOnly() {
        return new Placement(tolerations, selectorValues, requiredNodes, preferredNodes, List.of(), missing);
    }

    /** {@code tolerations}. */
    public List<Toleration> tolerations() {
        return tolerations;
    }

    /** {@code nodeSelector}; for a label given several values, the last one. */
    public Map<String, String> nodeSelector() {
        return nodeSelector;
    }

    /** The required node affinity terms, alternatives of requirements that all must hold. */
    public List<List<NodeRequirement>> requiredNodes() {
        return requiredNodes;
    }

    /** The preferred node affinity terms. */
    public List<PreferredNodes> preferredNodes() {
        return preferredNodes;
    }

    /** The pod affinity and anti-affinity terms. */
    public List<PodAffinityTerm> podTerms() {
        return podTerms;
    }

    /** Every value given to each node selector label, in the order given: more than one conflicts. */
    Map<String, List<String>> selectorValues() {
        return selectorValues;
    }

    /** The nulls passed to this placement's methods. */
    Nulls missing() {
        return missing;
    }

    /** What the pods ask of a node: tolerations, node selector and required node affinity terms. */
    public NodeConstraints constraints() {
        return constraints;
    }

    /**
     * {@code true} when the pods can be placed on {@code pool}'s nodes: the selector and the required node
     * affinity allow their labels, and every NoSchedule or NoExecute taint is tolerated.
     */
    public boolean canRunOn(NodePool pool) {
        return constraints.canRunOn(pool);
    }

    /**
     * {@code true} when the pods are meant for {@code pool}: the node selector picks it, or every required node
     * affinity term confines the pods to it (see {@link NodeConstraints#targets}).
     */
    public boolean targets(NodePool pool) {
        return constraints.targets(pool);
    }

    /** How this placement picks {@code pool} (see {@link #targets}): by the node selector or the affinity. */
    public PoolPick pick(NodePool pool) {
        return constraints.pick(pool);
    }

    /**
     * Checks the workload's whole placement: every placement on {@code workload} combined with {@link #and}, in
     * the order added, so that field paths are those of the rendered pod spec and a toleration in one placement
     * counts for a selector in another. The first placement of the workload does it; the others report nothing,
     * so every problem is reported once. A placement not on {@code workload} is checked alone.
     */
    @Override
    public void validate(Workload<?> workload, Model model, Problems.Scope pod) {
        List<Placement> placements = workload.traits(Placement.class);
        if (placements.stream().noneMatch(placement -> placement == this)) {
            placements = List.of(this);
        }
        if (reportsFor(placements)) {
            new PlacementChecks(placements.stream().reduce(EMPTY, Placement::and)).run(workload, model, pod);
        }
    }

    @Override
    public void applyTo(PodTemplateSpec template) {
        PlacementMapping.applyTo(this, template);
    }

    /**
     * This placement with a pod term, made by {@code method}; a {@code null} topology key or labels
     * is reported as {@code input.null} instead, and the term left out.
     */
    private Placement pod(boolean anti, Integer weight, String topologyKey, Map<String, String> labels,
                          String method) {
        if (topologyKey == null || labels == null) {
            return new Placement(tolerations, selectorValues, requiredNodes, preferredNodes, podTerms,
                    missing.with(new MissingValue("affinity." + (anti ? "podAntiAffinity" : "podAffinity"), method)));
        }
        return new Placement(tolerations, selectorValues, requiredNodes, preferredNodes,
                Terms.append(podTerms, new PodAffinityTerm(anti, weight, topologyKey, labels)), missing);
    }

    private static List<NodeRequirement> list(NodeRequirement... requirements) {
        return requirements == null ? List.of()
                : Arrays.stream(requirements).filter(Objects::nonNull).toList();
    }

    /** The placement as its parts, for messages. */
    @Override
    public String toString() {
        return "Placement{tolerations=" + tolerations + ", nodeSelector=" + nodeSelector + ", requiredNodes="
                + requiredNodes + ", preferredNodes=" + preferredNodes + ", podTerms=" + podTerms + "}";
    }
}
