package io.manifesto.aks;

import io.manifesto.rules.Fix;
import io.manifesto.scheduling.ClusterProfile;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.NodeRequirement;
import io.manifesto.scheduling.Placement;
import io.manifesto.scheduling.Taint;
import io.manifesto.scheduling.TaintEffect;
import io.manifesto.scheduling.Toleration;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * AKS virtual nodes: pods that AKS runs on Azure Container Instances through a virtual kubelet node. The node
 * carries the taint {@code virtual-kubelet.io/provider=azure:NoSchedule}, so only pods that tolerate it go there.
 *
 * <p>Two intents. <em>Only</em> ({@link #onlyV1()}, {@link #onlySeedRecipe()}, {@link #onlyV2()}): the toleration
 * and a node selector, so the pods run on ACI and nowhere else. <em>Burst</em> ({@link #burst()},
 * {@link #burstV2()}): the toleration and a preferred node affinity for regular nodes, so the pods fill the cluster
 * first and an autoscaler's extra replicas overflow to ACI in seconds, without waiting for new nodes.
 *
 * <p>Both pools make the standard {@link ClusterProfile}, known to every application that does not say its cluster
 * is generic: pods that can land on them are checked against what ACI cannot run, by the object rules of
 * {@code io.manifesto.aks.rules.VirtualNodeRules} (in lint too, against this profile).
 */
public final class AksVirtualNodes {

    /** The key of the virtual node's taint and of the toleration: {@code virtual-kubelet.io/provider}. */
    public static final String PROVIDER_KEY = "virtual-kubelet.io/provider";
    /** The virtual node's taint: {@code virtual-kubelet.io/provider=azure:NoSchedule}. */
    public static final Taint TAINT = Taint.of(PROVIDER_KEY, "azure", TaintEffect.NO_SCHEDULE);
    /** The toleration of every virtual node: {@code {key: virtual-kubelet.io/provider, operator: Exists}}. */
    public static final Toleration TOLERATION = Toleration.exists(PROVIDER_KEY);

    /**
     * Virtual nodes v1's selector: {@code kubernetes.io/os: linux, kubernetes.io/role: agent, type: virtual-kubelet}.
     * Like the other selectors, sorted by key, so that iterating it is deterministic.
     */
    public static final Map<String, String> V1_NODE_SELECTOR = sorted(Map.of("type", "virtual-kubelet",
            "kubernetes.io/role", "agent", "kubernetes.io/os", "linux"));
    /**
     * The talk's selector, exactly, sorted by key: {@code beta.kubernetes.io/os: linux, kubernetes.io/role: agent,
     * type: virtual-kubelet} (the os label is the deprecated beta one, which AKS still sets).
     */
    public static final Map<String, String> SEED_NODE_SELECTOR = sorted(Map.of("kubernetes.io/role", "agent",
            "beta.kubernetes.io/os", "linux", "type", "virtual-kubelet"));
    /** Virtual nodes v2's selector: {@code virtualization: virtualnode2} (sorted, like the others). */
    public static final Map<String, String> V2_NODE_SELECTOR = sorted(Map.of("virtualization", "virtualnode2"));

    /** The weight of the preference for regular nodes in the burst intents: the strongest there is. */
    public static final int REGULAR_NODE_WEIGHT = 100;

    private static final NodePool V1 = NodePool.named("aks-virtual-node-v1")
            .describedAs("AKS virtual nodes v1 (the ACI virtual kubelet)")
            .label("type", "virtual-kubelet")
            .label("kubernetes.io/role", "agent")
            .label("kubernetes.io/os", "linux")
            .label("beta.kubernetes.io/os", "linux")
            .taint(TAINT)
            .onDemand(NodeRequirement.notIn("type", "virtual-kubelet"));

    private static final NodePool V2 = NodePool.named("aks-virtual-node-v2")
            .describedAs("AKS virtual nodes v2")
            .label("virtualization", "virtualnode2")
            .label("kubernetes.io/os", "linux")
            .taint(TAINT)
            .onDemand(NodeRequirement.notIn("virtualization", "virtualnode2"));

    private static final ClusterProfile PROFILE = ClusterProfile.named("aks-virtual-nodes", V1, V2)
            .pickOneFix(Fix.of("choose one kind of virtual node: AksVirtualNodes.onlyV1() or AksVirtualNodes.onlyV2(),"
                    + " not both", "choose one kind of virtual node: type: virtual-kubelet (v1) or virtualization:"
                    + " virtualnode2 (v2), not both"));

    private AksVirtualNodes() {
    }

    private static Map<String, String> sorted(Map<String, String> labels) {
        return Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** The pool of virtual nodes v1: its labels and its taint (the rules of ACI's virtual kubelet know it). */
    public static NodePool v1Pool() {
        return V1;
    }

    /** The pool of virtual nodes v2: its label and its taint (the rules that still hold on ACI know it). */
    public static NodePool v2Pool() {
        return V2;
    }

    /** Both virtual node pools, known to every application without being added (unless its cluster is generic). */
    public static List<NodePool> pools() {
        return List.of(V1, V2);
    }

    /**
     * The cluster profile of AKS with the virtual node add-on: both virtual node pools. The standard profile (see
     * {@link AksClusterProfile}): an application assumes it unless it says {@code withoutAksVirtualNodes()}.
     */
    public static ClusterProfile profile() {
        return PROFILE;
    }

    /** Only on virtual nodes v1: the toleration and {@link #V1_NODE_SELECTOR}. */
    public static Placement onlyV1() {
        return Placement.anywhere().tolerate(TOLERATION).nodeSelector(V1_NODE_SELECTOR);
    }

    /**
     * Only on virtual nodes v1, exactly as the talk writes it: the toleration and {@link #SEED_NODE_SELECTOR}.
     *
     * <p>Deprecated for new workloads: the selector uses the deprecated node label {@code beta.kubernetes.io/os},
     * which Kubernetes may stop setting; use {@link #onlyV1()}, which selects on {@code kubernetes.io/os}. Kept (and
     * not annotated {@code @Deprecated}) so that the talk's recipe can be reproduced exactly.
     */
    public static Placement onlySeedRecipe() {
        return Placement.anywhere().tolerate(TOLERATION).nodeSelector(SEED_NODE_SELECTOR);
    }

    /** Only on virtual nodes v2: the toleration and {@link #V2_NODE_SELECTOR}. */
    public static Placement onlyV2() {
        return Placement.anywhere().tolerate(TOLERATION).nodeSelector(V2_NODE_SELECTOR);
    }

    /**
     * Regular nodes first, virtual nodes for the overflow: the toleration and one preferred node affinity term
     * (weight 100) for nodes whose {@code type} is NotIn {@code [virtual-kubelet]} (not a v1 virtual node) and whose
     * {@code virtualization} is NotIn {@code [virtualnode2]} (not a v2 virtual node, which has no {@code type}
     * label). A preference, not a requirement: when the regular nodes are full, the scheduler still places new
     * replicas on a virtual node (v1 or v2: the toleration admits both) instead of leaving them Pending until the
     * cluster autoscaler adds a node (minutes). NotIn also matches nodes without the label, which regular AKS nodes
     * are.
     */
    public static Placement burst() {
        return Placement.anywhere().tolerate(TOLERATION)
                .preferNodes(REGULAR_NODE_WEIGHT, NodeRequirement.notIn("type", "virtual-kubelet"),
                        NodeRequirement.notIn("virtualization", "virtualnode2"));
    }

    /**
     * Never on virtual nodes, whatever the pods tolerate: one required node affinity term for nodes whose
     * {@code type} is NotIn {@code [virtual-kubelet]} and whose {@code virtualization} is NotIn
     * {@code [virtualnode2]}. NotIn also matches nodes without the label, which regular AKS nodes are.
     */
    public static Placement regularNodesOnly() {
        return Placement.anywhere().requireNodes(NodeRequirement.notIn("type", "virtual-kubelet"),
                NodeRequirement.notIn("virtualization", "virtualnode2"));
    }

    /**
     * Regular nodes first, virtual nodes v2 for the overflow: the toleration, a preferred node affinity for nodes
     * whose {@code virtualization} is NotIn {@code [virtualnode2]}, and a required one that keeps the pods off v1
     * virtual nodes ({@code type} NotIn {@code [virtual-kubelet]}), whose limits are stricter.
     */
    public static Placement burstV2() {
        return Placement.anywhere().tolerate(TOLERATION)
                .requireNodes(NodeRequirement.notIn("type", "virtual-kubelet"))
                .preferNodes(REGULAR_NODE_WEIGHT, NodeRequirement.notIn("virtualization", "virtualnode2"));
    }
}
