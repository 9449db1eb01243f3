package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Component;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A group of nodes the application is told about: their labels, their taints and the rules they impose on pods.
 * It renders nothing (node pools belong to the cluster); placements are checked against the pools they target,
 * e.g. a node selector that picks tainted nodes without the matching toleration. The pools of the application's
 * {@link ClusterProfile} (by default the standard one: the AKS virtual node pools) are known without being added; see
 * {@link NodePools}. Immutable: every method returns a new pool.
 */
public final class NodePool implements Component {

    /** Rule id: a node selector picks a pool whose taint the pods do not tolerate; they would stay Pending. */
    public static final String UNTOLERATED_TAINT = "node-pool.untolerated-taint";

    /**
     * Labels, with their values, that most nodes carry whatever their pool; selecting on them alone does not target
     * one pool. Other values do: {@code kubernetes.io/os: windows} picks a Windows pool.
     */
    private static final Map<String, String> COMMON_LABELS = Map.of("kubernetes.io/os", "linux",
            "beta.kubernetes.io/os", "linux", "kubernetes.io/arch", "amd64", "beta.kubernetes.io/arch", "amd64",
            "kubernetes.io/role", "agent");

    /** The name, {@code null} when {@code null} was passed (reported as {@code input.null}). */
    private final String name;
    private final String description;
    private final Map<String, String> labels;
    private final List<Taint> taints;
    private final List<PoolCheck> checks;
    private final List<PoolCheck> absenceChecks;
    /** For a pool of on-demand (virtual) nodes, the requirement that keeps pods off it; otherwise {@code null}. */
    private final NodeRequirement keepOff;
    private final Nulls missing;

    private NodePool(String name, String description, Map<String, String> labels, List<Taint> taints,
                     List<PoolCheck> checks, List<PoolCheck> absenceChecks, NodeRequirement keepOff,
                     Nulls missing) {
        this.name = name;
        this.description = description;
        this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        this.taints = List.copyOf(taints);
        this.checks = List.copyOf(checks);
        this.absenceChecks = List.copyOf(absenceChecks);
        this.keepOff = keepOff;
        this.missing = missing;
    }

    /** A pool named {@code name}, without labels or taints ({@code null} is reported as {@code input.null}). */
    public static NodePool named(String name) {
        return new NodePool(name, null, Map.of(), List.of(), List.of(), List.of(), null,
                Nulls.NONE.remember(name, "name", "nodePool(...) or NodePool.named(...)"));
    }

    /**
     * This pool, whose nodes carry the label {@code key: value} ({@code metadata.labels} of the Nodes); a
     * {@code null} key or value is reported as {@code input.null}.
     */
    public NodePool label(String key, String value) {
        if (key == null || value == null) {
            return new NodePool(name, description, labels, taints, checks, absenceChecks, keepOff,
                    missing.with(new MissingValue("labels", "label(...)")));
        }
        Map<String, String> copy = new TreeMap<>(labels);
        copy.put(key, value);
        return new NodePool(name, description, copy, taints, checks, absenceChecks, keepOff, missing);
    }

    /** This pool, whose nodes carry {@code taint} ({@code spec.taints[]} of the Nodes; {@code null} is reported). */
    public NodePool taint(Taint taint) {
        return new NodePool(name, description, labels, Nulls.append(taints, taint), checks, absenceChecks, keepOff,
                missing.remember(taint, "taints", "taint(...)"));
    }

    /** This pool, which imposes {@code check} on the pods that can land on it ({@code null} is reported). */
    public NodePool check(PoolCheck check) {
        return new NodePool(name, description, labels, taints, Nulls.append(checks, check), absenceChecks, keepOff,
                missing.remember(check, "checks", "check(...)"));
    }

    /**
     * This pool, which runs {@code check} on a placement that picks it in an application whose
     * {@link ClusterProfile} lacks it (the generic cluster lacks the pools of the standard one): such pods would stay
     * Pending. {@code null} is reported.
     */
    public NodePool checkWhenAbsent(PoolCheck check) {
        return new NodePool(name, description, labels, taints, checks, Nulls.append(absenceChecks, check), keepOff,
                missing.remember(check, "absenceChecks", "checkWhenAbsent(...)"));
    }

    /**
     * This pool, whose nodes are virtual and start each pod on demand (such as AKS virtual nodes on Azure Container
     * Instances), so that no capacity can be reserved there: overprovisioning placeholders are kept off it by
     * {@code keepOff}, a node requirement that no node of the pool meets, e.g.
     * {@code NodeRequirement.notIn("type", "virtual-kubelet")}. {@code null} is reported.
     */
    public NodePool onDemand(NodeRequirement keepOff) {
        return new NodePool(name, description, labels, taints, checks, absenceChecks, keepOff,
                missing.remember(keepOff, "keepOff", "onDemand(...)"));
    }

    /** This pool, named {@code description} in messages, e.g. "AKS virtual nodes v1 (ACI virtual kubelet)". */
    public NodePool describedAs(String description) {
        return new NodePool(name, description, labels, taints, checks, absenceChecks, keepOff,
                missing.remember(description, "description", "describedAs(...)"));
    }

    /** The pool's name. */
    public String name() {
        return Objects.requireNonNullElse(name, "");
    }

    /** How messages name the pool: its description, or {@code node pool <name>}. */
    public String description() {
        return description == null ? "node pool " + name() : description;
    }

    /** The labels of the pool's nodes. */
    public Map<String, String> labels() {
        return labels;
    }

    /** The taints of the pool's nodes. */
    public List<Taint> taints() {
        return taints;
    }

    /** The rules the pool imposes on its pods. */
    public List<PoolCheck> checks() {
        return checks;
    }

    /** The rules run when a placement picks the pool in an application whose cluster lacks it. */
    public List<PoolCheck> absenceChecks() {
        return absenceChecks;
    }

    /** For a pool of on-demand nodes ({@link #onDemand}), the node requirement that keeps pods off it. */
    public Optional<NodeRequirement> keepOff() {
        return Optional.ofNullable(keepOff);
    }

    /** The taints that keep out pods with {@code tolerations}: NoSchedule and NoExecute ones not tolerated. */
    public List<Taint> taintsNotToleratedBy(Collection<Toleration> tolerations) {
        return taints.stream().filter(t -> t.effect().blocksScheduling() && !t.toleratedByAny(tolerations))
                .toList();
    }

    /** {@code true} when the pool's nodes have every label of {@code nodeSelector}. */
    public boolean matches(Map<String, String> nodeSelector) {
        return nodeSelector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /**
     * {@code true} when {@code nodeSelector} picks this pool's nodes: it matches them and names at least one label
     * that is not common to every node (such as {@code kubernetes.io/os}).
     */
    public boolean isTargetedBy(Map<String, String> nodeSelector) {
        return matches(nodeSelector) && nodeSelector.keySet().stream().anyMatch(this::distinguishes);
    }

    /**
     * {@code true} when the pool's nodes carry the label {@code key} with a value that not every node has (unlike
     * {@code kubernetes.io/os: linux}): selecting on it picks this pool rather than every node.
     */
    public boolean distinguishes(String key) {
        return labels.containsKey(key) && !labels.get(key).equals(COMMON_LABELS.get(key));
    }

    /** None: a node pool belongs to the cluster, the application only knows about it. */
    @Override
    public List<ResourceId> ids() {
        return List.of();
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at("NodePool/" + name());
        if (name != null) {
            Names.checkDns1123Label(scope, "name", name);
        }
        missing.report(scope);
        labels.forEach((key, value) -> {
            Names.checkLabelKey(scope, "labels", key);
            Names.checkLabelValue(scope, "labels." + key, value);
        });
        for (int i = 0; i < taints.size(); i++) {
            Names.checkLabelKey(scope, "taints[" + i + "].key", taints.get(i).key());
        }
    }

    /** Nothing: node pools are not part of the application's manifests. */
    @Override
    public List<HasMetadata> render(Model model) {
        return List.of();
    }

    @Override
    public String toString() {
        return "NodePool/" + name();
    }
}
