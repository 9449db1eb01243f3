package io.manifesto.aks.rules;

import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.core.Model;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.scheduling.ClusterProfile;
import io.manifesto.scheduling.NodeConstraints;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.NodePools;
import io.manifesto.scheduling.PoolPick;

import java.util.List;
import java.util.Optional;

/**
 * What Azure Container Instances cannot run, checked on every pod spec that can land on an AKS virtual node: its
 * tolerations admit the virtual node's taint and its node selector and required node affinity allow the labels of a
 * virtual node pool of the cluster ({@link NodePools#of(ResolvedSet)}: the application's profile and pools, or the
 * standard AKS profile in lint). The "only" and the "burst" intents alike: an overflow replica fails there just the
 * same. The virtual kubelet accepts such pods and fails them only once they land on the node, so these are errors.
 */
public final class VirtualNodeRules implements RuleSet {

    private static final String V1 = "virtual nodes v1 (ACI) do not support it: the pod fails when it lands there";

    /** Init containers on virtual nodes v1. */
    public static final RuleInfo V1_INIT_CONTAINERS = RuleInfo.error("virtual-node.v1-init-containers",
            "pods on virtual nodes v1 have no init containers", V1);
    /** Host aliases on virtual nodes v1. */
    public static final RuleInfo V1_HOST_ALIASES = RuleInfo.error("virtual-node.v1-host-aliases",
            "pods on virtual nodes v1 have no host aliases", V1);
    /** Container lifecycle hooks on virtual nodes v1. */
    public static final RuleInfo V1_LIFECYCLE_HOOKS = RuleInfo.error("virtual-node.v1-lifecycle-hooks",
            "containers on virtual nodes v1 have no lifecycle hooks", V1);
    /** Persistent volume claims (volumes or claim templates) on virtual nodes v1. */
    public static final RuleInfo V1_PERSISTENT_VOLUMES = RuleInfo.error("virtual-node.v1-persistent-volumes",
            "pods on virtual nodes v1 mount no persistent volume claims", V1);
    /** hostPath volumes on virtual nodes v1. */
    public static final RuleInfo V1_HOST_PATH = RuleInfo.error("virtual-node.v1-host-path",
            "pods on virtual nodes v1 mount no hostPath volume", V1);
    /** downwardAPI volumes on virtual nodes v1. */
    public static final RuleInfo V1_DOWNWARD_API = RuleInfo.error("virtual-node.v1-downward-api",
            "pods on virtual nodes v1 mount no downwardAPI volume", V1);
    /** A startup probe on virtual nodes v1. */
    public static final RuleInfo V1_STARTUP_PROBE = RuleInfo.error("virtual-node.v1-startup-probe",
            "containers on virtual nodes v1 have no startup probe", V1);
    /** A tcpSocket liveness or readiness probe on virtual nodes v1 (ACI probes only by exec or httpGet). */
    public static final RuleInfo V1_TCP_PROBE = RuleInfo.error("virtual-node.v1-tcp-probe",
            "probes on virtual nodes v1 are exec or httpGet",
            "ACI runs exec and httpGet probes only; a tcpSocket probe fails the pod there");
    /** A container with args but no command on virtual nodes v1. */
    public static final RuleInfo V1_ARGS_WITHOUT_COMMAND = RuleInfo.error("virtual-node.v1-args-without-command",
            "containers on virtual nodes v1 with args also name their command",
            "ACI replaces the image's entrypoint with the args alone, so the container runs the wrong program");
    /**
     * A DoNotSchedule topology spread on a key the virtual nodes do not carry, which filters them out: an error when
     * the pods are confined to virtual nodes (they stay Pending), a warning when they burst (they never overflow).
     */
    public static final RuleInfo TOPOLOGY_KEY = RuleInfo.error("virtual-node.topology-key",
            "a DoNotSchedule spread of pods on virtual nodes uses a key the virtual nodes carry (a warning for a"
                    + " burst)",
            "virtual nodes carry no zone label, so the spread filters them out: confined pods stay Pending, a burst"
                    + " never overflows");
    /** A placement that picks AKS virtual nodes on a cluster that has none ({@code withoutAksVirtualNodes()}). */
    public static final RuleInfo ABSENT = RuleInfo.error("virtual-node.absent",
            "a placement picks virtual nodes only on a cluster that has them",
            "the cluster has no virtual nodes (withoutAksVirtualNodes(), lint --cluster generic): the pods stay"
                    + " Pending");
    /** A DaemonSet that tolerates virtual nodes. */
    public static final RuleInfo DAEMONSET = RuleInfo.error("virtual-node.daemonset",
            "a DaemonSet does not tolerate virtual nodes",
            "virtual nodes run no DaemonSet pods; the toleration would only confuse the placement");
    /** Host network on a virtual node. */
    public static final RuleInfo HOST_NETWORK = RuleInfo.error("virtual-node.host-network",
            "pods on virtual nodes do not use the host network", "ACI has no host network to share");
    /** A privileged container on a virtual node. */
    public static final RuleInfo PRIVILEGED = RuleInfo.error("virtual-node.privileged",
            "containers on virtual nodes are not privileged", "ACI refuses privileged containers");
    /** (warning) Pods that can burst onto a virtual node whose replica count no autoscaler owns (not a DaemonSet). */
    public static final RuleInfo BURST_WITHOUT_AUTOSCALER = RuleInfo.warning("virtual-node.burst-without-autoscaler",
            "a burst placement goes with an autoscaler that owns the replicas",
            "pods overflow to virtual nodes only when an autoscaler adds them; a fixed count never bursts");

    @Override
    public List<RuleInfo> rules() {
        return List.of(V1_INIT_CONTAINERS, V1_HOST_ALIASES, V1_LIFECYCLE_HOOKS, V1_PERSISTENT_VOLUMES, V1_HOST_PATH,
                V1_DOWNWARD_API, V1_STARTUP_PROBE, V1_TCP_PROBE, V1_ARGS_WITHOUT_COMMAND, TOPOLOGY_KEY, ABSENT,
                DAEMONSET, HOST_NETWORK, PRIVILEGED, BURST_WITHOUT_AUTOSCALER);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        ClusterProfile cluster = NodePools.of(set);
        List<NodePool> virtual = cluster.pools().stream().filter(VirtualNodeRules::isVirtual).toList();
        List<NodePool> lacking = cluster.lacking().stream().filter(VirtualNodeRules::isVirtual).toList();
        if (virtual.isEmpty() && lacking.isEmpty()) {
            return;
        }
        for (Resource resource : set.workloads()) {
            PodTemplate pods = set.pods(resource).orElseThrow();
            Optional<NodeConstraints> constraints = NodeConstraints.of(pods.spec());
            if (constraints.isPresent()) {
                check(set, resource, pods, constraints.get(), virtual, lacking,
                        findings.on(resource).field(pods.specPath()));
            }
        }
    }

    private static void check(ResolvedSet set, Resource resource, PodTemplate pods, NodeConstraints constraints,
                              List<NodePool> virtual, List<NodePool> lacking, Findings.On spec) {
        lacking.stream().filter(constraints::targets).findFirst().ifPresent(pool -> {
            PoolPick pick = constraints.pick(pool);
            spec.report(ABSENT, pick.field(), pick.value(), pick.phrase() + pool.description() + ", but "
                    + (set.context(Model.class).isPresent()
                    ? "the application says the cluster has none (withoutAksVirtualNodes())"
                    : "the cluster profile " + NodePools.of(set).name() + " has none")
                    + ", so the pods would stay Pending", absentFix(set));
        });
        List<NodePool> landing = virtual.stream().filter(constraints::canRunOn).toList();
        landing.stream().filter(pool -> pool == AksVirtualNodes.v1Pool()).findFirst().ifPresent(pool ->
                V1Limits.check(resource, pods.spec(), Landing.of(pool, constraints, spec)));
        // once per pod spec, against the first virtual node pool it can land on
        landing.stream().findFirst().ifPresent(pool ->
                AnyVirtualNodeLimits.check(set, resource, pods.spec(), Landing.of(pool, constraints, spec)));
    }

    /** Remove the placement, or say that the cluster has virtual nodes: in the application, or to lint. */
    private static Fix absentFix(ResolvedSet set) {
        String remove = "remove the toleration of " + AksVirtualNodes.PROVIDER_KEY + " and the virtual node selector";
        return set.context(Model.class).isPresent()
                ? Fix.of("remove the virtual node placement, or drop withoutAksVirtualNodes() if the cluster has them",
                remove + ", or drop withoutAksVirtualNodes() if the cluster has them")
                : Fix.of(remove + ", or lint with --cluster aks if the cluster has them");
    }

    /** {@code true} for the AKS virtual node pools themselves (not a pool of the same name an application adds). */
    private static boolean isVirtual(NodePool pool) {
        return AksVirtualNodes.pools().stream().anyMatch(known -> known == pool);
    }
}
