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
import io.manifesto.core.Model;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

    /** Rule id: an affinity weight outside 1..100. */
    public static final String WEIGHT_RULE = "affinity.weight";
    /** Rule id: a node affinity term without requirements. */
    public static final String EMPTY_TERM_RULE = "node-affinity.empty-term";
    /** Rule id: a pod affinity term without topology key or pod labels. */
    public static final String POD_TERM_RULE = "pod-affinity.term";
    /** Rule id: one node selector label given two different values (in one placement or across placements). */
    public static final String CONFLICTING_NODE_SELECTOR = "placement.conflicting-node-selector";
    /**
     * Rule id: a node selector (or every required node affinity term with it) that asks for the labels of two AKS
     * virtual node pools at once, e.g. v1's {@code type: virtual-kubelet} with v2's
     * {@code virtualization: virtualnode2}; or required node affinity terms that each contradict the node selector
     * or themselves on a label, e.g. {@code type: virtual-kubelet} with {@code type NotIn [virtual-kubelet]}, or
     * {@code In} sets without a common value: no node meets them, so the pods would stay Pending.
     */
    public static final String NO_MATCHING_NODE = "placement.no-matching-node";

    private static final String NODE_AFFINITY = "affinity.nodeAffinity.";
    private static final String REQUIRED = "requiredDuringSchedulingIgnoredDuringExecution";
    private static final String PREFERRED = "preferredDuringSchedulingIgnoredDuringExecution";

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
    }

    /** A placement that constrains nothing: add tolerations, selectors and affinities to it. */
    public static Placement anywhere() {
        return EMPTY;
    }

    /** This placement, with {@code toleration} in {@code tolerations[]} ({@code null} is reported as keyless). */
    public Placement tolerate(Toleration toleration) {
        Toleration added = toleration == null ? new Toleration(null, null, null, null, null) : toleration;
        return new Placement(append(tolerations, added), selectorValues, requiredNodes, preferredNodes, podTerms,
                missing);
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
                append(preferredNodes, new PreferredNodes(weight, list(requirements))), podTerms,
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
        return new Placement(concat(tolerations, other.tolerations),
                mergeSelectors(selectorValues, other.selectorValues), bothOf(requiredNodes, other.requiredNodes),
                concat(preferredNodes, other.preferredNodes), concat(podTerms, other.podTerms),
                new Nulls(concat(missing.values(), other.missing.values())));
    }

    private static Map<String, List<String>> mergeSelectors(Map<String, List<String>> first,
                                                            Map<String, List<String>> second) {
        Map<String, List<String>> merged = new TreeMap<>(first);
        second.forEach((key, values) -> merged.merge(key, values,
                (old, added) -> concat(old, added.stream().filter(v -> !old.contains(v)).toList())));
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
    private static boolean picks(NodeRequirement requirement, NodePool pool) {
        return pool.distinguishes(requirement.key())
                && (requirement.operator() == NodeOperator.IN || requirement.operator() == NodeOperator.EXISTS)
                && requirement.matches(pool.labels());
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
            placements.stream().reduce(EMPTY, Placement::and).validateWhole(workload, model, pod);
        }
    }

    private void validateWhole(Workload<?> workload, Model model, Problems.Scope pod) {
        Problems.Scope spec = pod.field("spec");
        missing.report(spec);
        for (int i = 0; i < tolerations.size(); i++) {
            tolerations.get(i).validate(spec, "tolerations[" + i + "]");
        }
        validateNodeSelector(spec);
        validateNodeAffinity(spec);
        if (!checkMixedPools(spec)) {
            checkConflicts(spec);
        }
        validatePodTerms(spec);
        checkPools(workload, model, pod, spec);
    }

    private void validateNodeSelector(Problems.Scope spec) {
        selectorValues.forEach((key, values) -> {
            Names.checkLabelKey(spec, "nodeSelector", key);
            values.forEach(value -> Names.checkLabelValue(spec, "nodeSelector." + key, value));
            if (values.size() > 1) {
                spec.error(CONFLICTING_NODE_SELECTOR, "nodeSelector." + key, values,
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

    private void validateNodeAffinity(Problems.Scope spec) {
        for (int i = 0; i < requiredNodes.size(); i++) {
            String term = NODE_AFFINITY + REQUIRED + ".nodeSelectorTerms[" + i + "]";
            if (requiredNodes.get(i).isEmpty()) {
                spec.error(EMPTY_TERM_RULE, term + ".matchExpressions", "[]",
                        "a required node affinity term without requirements matches no node",
                        "pass at least one NodeRequirement to requireNodes(...)");
            }
            requirements(spec, term + ".matchExpressions", requiredNodes.get(i));
        }
        for (int i = 0; i < preferredNodes.size(); i++) {
            String term = NODE_AFFINITY + PREFERRED + "[" + i + "]";
            PreferredNodes preferred = preferredNodes.get(i);
            checkWeight(spec, term + ".weight", preferred.weight());
            if (preferred.requirements().isEmpty()) {
                spec.error(EMPTY_TERM_RULE, term + ".preference.matchExpressions", "[]",
                        "a preferred node affinity term without requirements prefers no node",
                        "pass at least one NodeRequirement to preferNodes(" + preferred.weight() + ", ...)");
            }
            requirements(spec, term + ".preference.matchExpressions", preferred.requirements());
        }
    }

    /**
     * Reports a node selector that, alone or with every required node affinity term, asks for the labels of two AKS
     * virtual node pools at once ({@value #NO_MATCHING_NODE}); {@code true} when it does.
     */
    private boolean checkMixedPools(Problems.Scope spec) {
        List<NodePool> mixed = mixedPools(List.of());
        if (!mixed.isEmpty()) {
            spec.error(NO_MATCHING_NODE, "nodeSelector", nodeSelector, "the node selector asks for the labels of "
                    + descriptions(mixed) + " at once, which no node has, so the pods would stay Pending",
                    ClusterProfile.standard().pickOneFix());
            return true;
        } else if (!requiredNodes.isEmpty()) {
            List<List<NodePool>> perTerm = requiredNodes.stream().map(this::mixedPools).toList();
            if (perTerm.stream().noneMatch(List::isEmpty)) {
                spec.error(NO_MATCHING_NODE, NODE_AFFINITY + REQUIRED + ".nodeSelectorTerms", requiredNodes,
                        "every required node affinity term, with the node selector, asks for the labels of "
                                + descriptions(perTerm.get(0)) + " at once, which no node has, so the pods would"
                                + " stay Pending",
                        ClusterProfile.standard().pickOneFix());
                return true;
            }
        }
        return false;
    }

    /**
     * Reports required node affinity terms that each contradict the node selector, or themselves, on some node
     * label ({@value #NO_MATCHING_NODE}): a node must meet the selector and one of the terms, and none can.
     */
    private void checkConflicts(Problems.Scope spec) {
        List<NodeConflict> conflicts = requiredNodes.stream().map(term -> NodeConflict.of(nodeSelector, term))
                .flatMap(Optional::stream).toList();
        if (requiredNodes.isEmpty() || conflicts.size() < requiredNodes.size()) {
            return;
        }
        NodeConflict first = conflicts.get(0);
        boolean selected = nodeSelector.containsKey(first.key());
        String asks = String.join(" and ", first.conditions()) + " at once";
        spec.error(NO_MATCHING_NODE, NODE_AFFINITY + REQUIRED + ".nodeSelectorTerms", requiredNodes,
                (requiredNodes.size() == 1
                        ? (selected ? "the node selector and the required node affinity ask for "
                                : "the required node affinity asks for ") + asks + ", which no node has"
                        : "each of the " + requiredNodes.size() + " required node affinity terms asks, with the node"
                                + " selector, for what no node has (the first for " + asks + ")")
                        + ", so the pods would stay Pending",
                "make the conditions on " + first.key() + " agree, or drop one of them: every placement of a"
                        + " workload must hold at once");
    }

    /**
     * The pools of the standard cluster profile that the node selector and {@code term} ask for (by a label distinctive of the
     * pool, with the pool's value), when they ask for two or more and allow none of them; otherwise empty.
     */
    private List<NodePool> mixedPools(List<NodeRequirement> term) {
        List<NodePool> asked = ClusterProfile.standard().pools().stream().filter(pool -> asksFor(pool, term)).toList();
        boolean allowsOne = asked.stream().anyMatch(pool -> pool.matches(nodeSelector)
                && term.stream().allMatch(r -> r.matches(pool.labels())));
        return asked.size() < 2 || allowsOne ? List.of() : asked;
    }

    private boolean asksFor(NodePool pool, List<NodeRequirement> term) {
        return nodeSelector.entrySet().stream().anyMatch(e -> pool.distinguishes(e.getKey())
                && e.getValue().equals(pool.labels().get(e.getKey())))
                || term.stream().anyMatch(r -> picks(r, pool));
    }

    private static String descriptions(List<NodePool> pools) {
        return pools.stream().map(NodePool::description).collect(Collectors.joining(" and "));
    }

    private static void requirements(Problems.Scope spec, String field, List<NodeRequirement> requirements) {
        for (int j = 0; j < requirements.size(); j++) {
            requirements.get(j).validate(spec, field + "[" + j + "]");
        }
    }

    private void validatePodTerms(Problems.Scope spec) {
        Map<String, Integer> counters = new LinkedHashMap<>();
        for (PodAffinityTerm term : podTerms) {
            String list = "affinity." + (term.anti() ? "podAntiAffinity." : "podAffinity.")
                    + (term.required() ? REQUIRED : PREFERRED);
            int index = counters.merge(list, 1, Integer::sum) - 1;
            String field = list + "[" + index + "]" + (term.required() ? "" : ".podAffinityTerm");
            if (!term.required()) {
                checkWeight(spec, list + "[" + index + "].weight", term.weight());
            }
            if (term.topologyKey().isEmpty()) {
                spec.error(POD_TERM_RULE, field + ".topologyKey", "",
                        "a pod affinity term needs the node label that defines its domain",
                        "use e.g. \"kubernetes.io/hostname\" (per node) or \"topology.kubernetes.io/zone\"");
            } else {
                Names.checkLabelKey(spec, field + ".topologyKey", term.topologyKey());
            }
            if (term.matchLabels().isEmpty()) {
                spec.error(POD_TERM_RULE, field + ".labelSelector.matchLabels", "{}",
                        "a pod affinity term without pod labels selects no pod",
                        "name the labels of the other pods, e.g. Map.of(\"app.kubernetes.io/name\", \"cache\")");
            }
            term.matchLabels().forEach((key, value) -> {
                Names.checkLabelKey(spec, field + ".labelSelector.matchLabels", key);
                Names.checkLabelValue(spec, field + ".labelSelector.matchLabels." + key, value);
            });
        }
    }

    private static void checkWeight(Problems.Scope spec, String field, Integer weight) {
        if (weight == null || weight < 1 || weight > 100) {
            spec.error(WEIGHT_RULE, field, weight, "an affinity weight must be from 1 to 100",
                    "use a weight from 1 (a hint) to 100 (a strong preference)");
        }
    }

    private void checkPools(Workload<?> workload, Model model, Problems.Scope pod, Problems.Scope spec) {
        NodePools.lacking(model).stream().filter(this::targets).findFirst().ifPresent(pool -> pool.absenceChecks()
                .forEach(check -> check.check(workload, this, pool, model, pod)));
        Map<PoolCheck, NodePool> checks = new LinkedHashMap<>();
        List<NodePool> pools = NodePools.known(model);
        // another known pool that the placement allows and whose taints the pods tolerate is where they go instead
        boolean admittedElsewhere = pools.stream().anyMatch(this::canRunOn);
        for (NodePool pool : pools) {
            List<Taint> repelling = pool.taintsNotToleratedBy(tolerations);
            if (targets(pool) && !repelling.isEmpty() && !admittedElsewhere) {
                Taint taint = repelling.get(0);
                PoolPick pick = pick(pool);
                spec.error(NodePool.UNTOLERATED_TAINT, pick.field(), pick.value(),
                        pick.phrase() + pool.description() + ", whose nodes carry the taint " + taint
                                + " that no toleration of the pods matches, so the pods would stay Pending",
                        "tolerate it with .tolerate(Toleration.exists(\"" + taint.key() + "\")) on the placement,"
                                + " or select other nodes");
            } else if (canRunOn(pool)) {
                pool.checks().forEach(check -> checks.putIfAbsent(check, pool));
            }
        }
        checks.forEach((check, pool) -> check.check(workload, this, pool, model, pod));
    }

    /** How this placement picks {@code pool} (see {@link #targets}): by the node selector or the affinity. */
    public PoolPick pick(NodePool pool) {
        return pool.isTargetedBy(nodeSelector)
                ? new PoolPick("nodeSelector", nodeSelector, "the node selector picks ")
                : new PoolPick(NODE_AFFINITY + REQUIRED + ".nodeSelectorTerms", requiredNodes,
                "the required node affinity picks ");
    }

    @Override
    public void applyTo(PodTemplateSpec template) {
        PodSpec spec = template.getSpec();
        List<io.fabric8.kubernetes.api.model.Toleration> rendered = new ArrayList<>(orEmpty(spec.getTolerations()));
        tolerations.stream().map(Toleration::render).forEach(toleration -> addNew(rendered, toleration));
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
            required.setNodeSelectorTerms(bothOf(present, own).stream()
                    .map(term -> new NodeSelectorTerm(term, List.of())).toList());
            node.setRequiredDuringSchedulingIgnoredDuringExecution(required);
        }
        List<PreferredSchedulingTerm> preferred =
                new ArrayList<>(orEmpty(node.getPreferredDuringSchedulingIgnoredDuringExecution()));
        preferredNodes.forEach(term -> addNew(preferred, new PreferredSchedulingTerm(new NodeSelectorTerm(
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
                addNew(term.anti() ? awayRequired : nearRequired, rendered);
            } else {
                addNew(term.anti() ? awayPreferred : nearPreferred, new WeightedPodAffinityTerm(rendered,
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
                append(podTerms, new PodAffinityTerm(anti, weight, topologyKey, labels)), missing);
    }

    /**
     * Adds {@code element} unless {@code list} has it: a placement added twice, or two placements sharing a term,
     * render it once (a repeated preferred term would double its weight).
     */
    private static <T> void addNew(List<T> list, T element) {
        if (!list.contains(element)) {
            list.add(element);
        }
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    /**
     * The terms a node meets when it meets one term of {@code first} and one of {@code second}: each pair joined.
     * No terms on one side constrain nothing, so the other side stands alone.
     */
    private static <T> List<List<T>> bothOf(List<List<T>> first, List<List<T>> second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        List<List<T>> joined = new ArrayList<>();
        for (List<T> one : first) {
            for (List<T> other : second) {
                addNew(joined, concat(one, other).stream().distinct().toList());
            }
        }
        return joined;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> copy = new ArrayList<>(first);
        copy.addAll(second);
        return copy;
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
