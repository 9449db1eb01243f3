package io.manifesto.aks;

import io.manifesto.core.Model;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.Placement;
import io.manifesto.scheduling.PoolCheck;
import io.manifesto.scheduling.PoolPick;
import io.manifesto.scheduling.Toleration;
import io.manifesto.scheduling.TopologySpread;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Container;
import io.manifesto.workload.DaemonSet;
import io.manifesto.workload.HostAlias;
import io.manifesto.workload.Probe;
import io.manifesto.workload.ProbeAction;
import io.manifesto.workload.StatefulSet;
import io.manifesto.workload.Volume;
import io.manifesto.workload.VolumeClaim;
import io.manifesto.workload.Workload;

import java.util.List;

/**
 * What Azure Container Instances cannot run, checked on every workload whose pods can land on an AKS virtual node
 * (the "only" and the "burst" intents alike: an overflow replica fails there just the same). The virtual kubelet
 * accepts such pods and fails them only once they land on the node, so these are build-time errors.
 */
public final class VirtualNodeRules {

    /** Rule id: init containers on virtual nodes v1. */
    public static final String V1_INIT_CONTAINERS = "virtual-node.v1-init-containers";
    /** Rule id: host aliases on virtual nodes v1. */
    public static final String V1_HOST_ALIASES = "virtual-node.v1-host-aliases";
    /** Rule id: container lifecycle hooks on virtual nodes v1. */
    public static final String V1_LIFECYCLE_HOOKS = "virtual-node.v1-lifecycle-hooks";
    /** Rule id: persistent volume claims (volumes or claim templates) on virtual nodes v1. */
    public static final String V1_PERSISTENT_VOLUMES = "virtual-node.v1-persistent-volumes";
    /** Rule id: hostPath volumes on virtual nodes v1. */
    public static final String V1_HOST_PATH = "virtual-node.v1-host-path";
    /** Rule id: downwardAPI volumes on virtual nodes v1. */
    public static final String V1_DOWNWARD_API = "virtual-node.v1-downward-api";
    /** Rule id: a startup probe on virtual nodes v1. */
    public static final String V1_STARTUP_PROBE = "virtual-node.v1-startup-probe";
    /** Rule id: a tcpSocket liveness or readiness probe on virtual nodes v1 (ACI probes only by exec or httpGet). */
    public static final String V1_TCP_PROBE = "virtual-node.v1-tcp-probe";
    /** Rule id: a container with args but no command on virtual nodes v1. */
    public static final String V1_ARGS_WITHOUT_COMMAND = "virtual-node.v1-args-without-command";
    /**
     * Rule id: a DoNotSchedule topology spread on a key the virtual nodes do not carry, which filters them out: an
     * error when the pods are confined to virtual nodes (they stay Pending), a warning when they burst (they never
     * overflow).
     */
    public static final String TOPOLOGY_KEY = "virtual-node.topology-key";
    /**
     * Rule id: a placement that picks AKS virtual nodes in an application that says the cluster has none
     * ({@code withoutAksVirtualNodes()}).
     */
    public static final String ABSENT = "virtual-node.absent";
    /** Rule id: a DaemonSet that tolerates virtual nodes. */
    public static final String DAEMONSET = "virtual-node.daemonset";
    /** Rule id: host network on a virtual node. */
    public static final String HOST_NETWORK = "virtual-node.host-network";
    /** Rule id: a privileged container on a virtual node. */
    public static final String PRIVILEGED = "virtual-node.privileged";
    /** Rule id (warning): a burst placement whose replica count no autoscaler owns (not for a DaemonSet). */
    public static final String BURST_WITHOUT_AUTOSCALER = "virtual-node.burst-without-autoscaler";

    private static final String V1_FIX = "use virtual nodes v2 (AksVirtualNodes.onlyV2() or burstV2()), or keep the"
            + " pods on regular nodes by removing the virtual node placement";
    private static final String REGULAR_FIX = "keep the pods on regular nodes: remove the virtual node placement"
            + " (the toleration of " + AksVirtualNodes.PROVIDER_KEY + ")";

    private static final String KEYLESS_FIX = "name the key of each taint the pods should tolerate, e.g."
            + " Toleration.exists(\"dedicated\"); if every taint is meant, write Toleration.everything() and keep the"
            + " pods off virtual nodes with .requireNodes(NodeRequirement.notIn(\"type\", \"virtual-kubelet\"),"
            + " NodeRequirement.notIn(\"virtualization\", \"virtualnode2\"))";

    /** The limits of ACI's virtual kubelet, as one check shared by the v1 pool. */
    static final PoolCheck V1 = VirtualNodeRules::checkV1;
    /** What no virtual node runs, as one check shared by both pools so it reports once per workload. */
    static final PoolCheck ANY_VIRTUAL_NODE = VirtualNodeRules::checkAnyVirtualNode;
    /** A placement that picks a virtual node on a cluster without them. */
    static final PoolCheck ABSENT_CHECK = VirtualNodeRules::checkAbsent;

    private VirtualNodeRules() {
    }

    /** The limits of ACI's virtual kubelet (v1): init containers, host aliases, hooks, PVCs, hostPath, downwardAPI. */
    static void checkV1(Workload<?> workload, Placement placement, NodePool pool, Model model, Problems.Scope pod) {
        Problems.Scope spec = pod.field("spec");
        Toleration admitting = admitting(placement, pool);
        String fix = fix(admitting, V1_FIX);
        if (!workload.initContainers().isEmpty()) {
            spec.error(V1_INIT_CONTAINERS, "initContainers",
                    workload.initContainers().stream().map(Container::name).toList(),
                    v1("init containers", admitting, pool), fix);
        }
        if (!workload.hostAliases().isEmpty()) {
            spec.error(V1_HOST_ALIASES, "hostAliases", workload.hostAliases().stream().map(HostAlias::ip).toList(),
                    v1("host aliases", admitting, pool), fix);
        }
        checkContainers(workload.containers(), "containers", workload, admitting, pool, spec);
        checkProbesAndArgs(workload.containers(), admitting, pool, spec);
        checkContainers(workload.initContainers(), "initContainers", workload, admitting, pool, spec);
        if (workload instanceof StatefulSet set) {
            // the StatefulSet controller gives every pod a PVC volume per claim template, mounted or not
            for (VolumeClaim claim : set.volumeClaims()) {
                spec.error(V1_PERSISTENT_VOLUMES, "volumes[" + claim.name() + "].persistentVolumeClaim", claim.name(),
                        v1("persistent volume claims (here the volume claim template " + claim.name() + " of "
                                + workload.id() + ", which every pod gets as a volume)", admitting, pool), fix);
            }
        }
        for (Volume volume : workload.volumes()) {
            String field = "volumes[" + volume.name() + "]";
            if (volume instanceof Volume.FromClaim claim) {
                spec.error(V1_PERSISTENT_VOLUMES, field + ".persistentVolumeClaim.claimName", claim.claimName(),
                        v1("persistent volume claims", admitting, pool), fix);
            } else if (volume instanceof Volume.HostPath hostPath) {
                spec.error(V1_HOST_PATH, field + ".hostPath.path", hostPath.path(),
                        v1("hostPath volumes", admitting, pool), fix);
            } else if (volume instanceof Volume.DownwardApi) {
                spec.error(V1_DOWNWARD_API, field + ".downwardAPI", volume.name(),
                        v1("downwardAPI volumes", admitting, pool), fix);
            }
        }
    }

    private static void checkContainers(List<Container> containers, String list, Workload<?> workload,
                                        Toleration admitting, NodePool pool, Problems.Scope spec) {
        for (Container container : containers) {
            String field = list + "[" + container.name() + "]";
            if (container.hasLifecycleHooks()) {
                spec.error(V1_LIFECYCLE_HOOKS, field + ".lifecycle", container.name(),
                        v1("container lifecycle hooks (preStop, postStart)", admitting, pool),
                        fix(admitting, V1_FIX));
            }
        }
    }

    /**
     * What the ACI virtual kubelet refuses in a regular container: startup probes, probes other than exec and
     * httpGet, and args without a command (init containers are refused on v1 altogether).
     */
    private static void checkProbesAndArgs(List<Container> containers, Toleration admitting, NodePool pool,
                                           Problems.Scope spec) {
        for (Container container : containers) {
            String field = "containers[" + container.name() + "]";
            if (container.startup().isPresent()) {
                spec.error(V1_STARTUP_PROBE, field + ".startupProbe", container.name(),
                        v1("startup probes", admitting, pool), fix(admitting, "drop .startup(...) and give the"
                                + " liveness probe an initialDelaySeconds instead, or " + V1_FIX));
            }
            checkTcpProbe(container.liveness().orElse(null), field + ".livenessProbe", admitting, pool, spec);
            checkTcpProbe(container.readiness().orElse(null), field + ".readinessProbe", admitting, pool, spec);
            if (!container.args().isEmpty() && container.command().isEmpty()) {
                spec.error(V1_ARGS_WITHOUT_COMMAND, field + ".args", container.args(),
                        v1("args without a command (ACI cannot keep the image's entrypoint and replace only its"
                                + " arguments)", admitting, pool),
                        fix(admitting, "add .command(...) with the image's entrypoint, or " + V1_FIX));
            }
        }
    }

    private static void checkTcpProbe(Probe probe, String field, Toleration admitting, NodePool pool,
                                      Problems.Scope spec) {
        if (probe != null && probe.action() instanceof ProbeAction.TcpSocket tcp) {
            spec.error(V1_TCP_PROBE, field + ".tcpSocket.port", tcp.port(),
                    v1("tcpSocket probes (ACI probes only by exec or httpGet)", admitting, pool),
                    fix(admitting, "probe with httpGet(...) or exec(...), or " + V1_FIX));
        }
    }

    /** A placement that picks {@code pool}, which the application's cluster lacks ({@code withoutAksVirtualNodes()}). */
    static void checkAbsent(Workload<?> workload, Placement placement, NodePool pool, Model model, Problems.Scope pod) {
        PoolPick pick = placement.pick(pool);
        pod.field("spec").error(ABSENT, pick.field(), pick.value(), pick.phrase() + pool.description()
                        + ", but the application says the cluster has none (withoutAksVirtualNodes()), so the pods"
                        + " would stay Pending",
                "remove the virtual node placement, or drop withoutAksVirtualNodes() if the cluster has them");
    }

    /** What no virtual node runs: DaemonSets, host network, privileged containers; and bursting needs an HPA. */
    static void checkAnyVirtualNode(Workload<?> workload, Placement placement, NodePool pool, Model model,
                                    Problems.Scope pod) {
        Problems.Scope spec = pod.field("spec");
        Toleration admitting = admitting(placement, pool);
        if (workload instanceof DaemonSet) {
            spec.error(DAEMONSET, "tolerations", admitting,
                    keyless(admitting) + "a DaemonSet cannot run on AKS virtual nodes: a virtual node is Azure"
                            + " Container Instances, not a machine that runs one pod per node",
                    fix(admitting, REGULAR_FIX));
        }
        if (workload.usesHostNetwork()) {
            spec.error(HOST_NETWORK, "hostNetwork", true,
                    any("host network", admitting, pool), fix(admitting, REGULAR_FIX + ", or drop .hostNetwork()"));
        }
        checkPrivileged(workload.containers(), "containers", admitting, pool, spec);
        checkPrivileged(workload.initContainers(), "initContainers", admitting, pool, spec);
        checkTopologyKeys(workload, placement, pool, pod);
        if (!(workload instanceof DaemonSet) && !placement.targets(pool)
                && model.replicaOwners(workload.id()).isEmpty()) {
            String autoscaler = "add an autoscaler for " + workload.id() + ", e.g. a HorizontalPodAutoscaler";
            spec.warning(BURST_WITHOUT_AUTOSCALER, "tolerations", admitting,
                    keyless(admitting) + "the pods can burst onto " + pool.description() + " without being confined"
                            + " to it, but no autoscaler owns " + workload.id() + "'s replica count, so no extra"
                            + " replica ever overflows onto the virtual node",
                    admitting.toleratesEveryKey() ? KEYLESS_FIX + ", or " + autoscaler
                            : autoscaler + ", or place the pods only on virtual nodes or only on regular nodes");
        }
    }

    /**
     * The scheduler filters out every node that lacks the key of a DoNotSchedule topology spread, and a virtual node
     * carries no zone label: such a spread keeps the pods off it (every node has its own hostname).
     */
    private static void checkTopologyKeys(Workload<?> workload, Placement placement, NodePool pool,
                                          Problems.Scope pod) {
        List<TopologySpread> spreads = workload.traits(TopologySpread.class);
        boolean confined = placement.targets(pool);
        for (int i = 0; i < spreads.size(); i++) {
            TopologySpread spread = spreads.get(i);
            String key = spread.topologyKey();
            if (spread.whenUnsatisfiable() != TopologySpread.WhenUnsatisfiable.DO_NOT_SCHEDULE
                    || key.equals(TopologySpread.HOSTNAME) || pool.labels().containsKey(key)) {
                continue;
            }
            String message = pool.description() + " carry no label " + key + ", and the scheduler filters out the"
                    + " nodes that lack the key of a DoNotSchedule topology spread, so "
                    + (confined ? "the pods would stay Pending" : "no replica ever bursts onto the virtual node");
            String fix = "spread with .scheduleAnyway(), which only scores nodes, or across kubernetes.io/hostname";
            String field = "spec.topologySpreadConstraints[" + i + "].topologyKey";
            if (confined) {
                pod.error(TOPOLOGY_KEY, field, key, message, fix);
            } else {
                pod.warning(TOPOLOGY_KEY, field, key, message, fix);
            }
        }
    }

    private static void checkPrivileged(List<Container> containers, String list, Toleration admitting,
                                        NodePool pool, Problems.Scope spec) {
        for (Container container : containers) {
            if (container.security().isPrivileged()) {
                spec.error(PRIVILEGED, list + "[" + container.name() + "].securityContext.privileged", true,
                        any("privileged containers", admitting, pool),
                        fix(admitting, REGULAR_FIX + ", or drop .privileged()"));
            }
        }
    }

    /**
     * The toleration that lets the pods onto {@code pool}: the first of the placement that tolerates one of its
     * taints; the virtual node toleration when none does (a pool without taints).
     */
    private static Toleration admitting(Placement placement, NodePool pool) {
        return placement.tolerations().stream()
                .filter(toleration -> pool.taints().stream().anyMatch(taint -> taint.toleratedBy(toleration)))
                .findFirst().orElse(AksVirtualNodes.TOLERATION);
    }

    /**
     * For a keyless toleration, the start of a message saying that it is what lets the pods onto the virtual node
     * (the user may not have meant it to); otherwise nothing.
     */
    private static String keyless(Toleration toleration) {
        return toleration.toleratesEveryKey() ? "a toleration without key (operator Exists) tolerates every taint,"
                + " the virtual node's " + AksVirtualNodes.TAINT + " included; " : "";
    }

    /**
     * The fix: {@code usual}, or for a keyless toleration, naming the keys it should tolerate instead, or keeping
     * the pods off virtual nodes by node affinity.
     */
    private static String fix(Toleration toleration, String usual) {
        return toleration.toleratesEveryKey() ? KEYLESS_FIX : usual;
    }

    private static String v1(String feature, Toleration admitting, NodePool pool) {
        return keyless(admitting) + feature + " are not supported on " + pool.description() + ", where these pods"
                + " can be placed; the pods would fail once they land on the virtual node";
    }

    private static String any(String feature, Toleration admitting, NodePool pool) {
        return keyless(admitting) + feature + " cannot run on any AKS virtual node, and these pods can be placed on "
                + pool.description() + "; the pods would fail once they land on the virtual node";
    }
}
