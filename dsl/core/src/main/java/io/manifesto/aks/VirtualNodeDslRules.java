package io.manifesto.aks;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/**
 * The catalog entries of the AKS virtual node rules, still checked on the DSL's placement values: what Azure
 * Container Instances cannot run, for pods a placement puts on virtual nodes (azure-aci provider, virtual nodes v1).
 * They run as the checks of the virtual node pools of the standard {@link io.manifesto.scheduling.ClusterProfile}
 * ({@link AksVirtualNodes#profile()}), so they need to know the cluster's pools: the DSL knows them (the profile,
 * or the generic one after {@code withoutAksVirtualNodes()}, and the pools the application adds), a manifest does
 * not. Lint does not check them yet; running them on the objects against the standard profile is the next step.
 */
public final class VirtualNodeDslRules implements DslRules {

    private static final String V1 = "virtual nodes v1 (ACI) do not support it: the pod fails when it lands there";

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(VirtualNodeRules.V1_INIT_CONTAINERS, "pods on virtual nodes v1 have no init containers", V1),
                RuleInfo.error(VirtualNodeRules.V1_HOST_ALIASES, "pods on virtual nodes v1 have no host aliases", V1),
                RuleInfo.error(VirtualNodeRules.V1_LIFECYCLE_HOOKS, "containers on virtual nodes v1 have no lifecycle hooks",
                        V1),
                RuleInfo.error(VirtualNodeRules.V1_PERSISTENT_VOLUMES,
                        "pods on virtual nodes v1 mount no persistent volume claims", V1),
                RuleInfo.error(VirtualNodeRules.V1_HOST_PATH, "pods on virtual nodes v1 mount no hostPath volume", V1),
                RuleInfo.error(VirtualNodeRules.V1_DOWNWARD_API, "pods on virtual nodes v1 mount no downwardAPI volume",
                        V1),
                RuleInfo.error(VirtualNodeRules.V1_STARTUP_PROBE, "containers on virtual nodes v1 have no startup probe",
                        V1),
                RuleInfo.error(VirtualNodeRules.V1_TCP_PROBE, "probes on virtual nodes v1 are exec or httpGet",
                        "ACI runs exec and httpGet probes only; a tcpSocket probe fails the pod there"),
                RuleInfo.error(VirtualNodeRules.V1_ARGS_WITHOUT_COMMAND,
                        "containers on virtual nodes v1 with args also name their command",
                        "ACI replaces the image's entrypoint with the args alone, so the container runs the wrong"
                                + " program"),
                RuleInfo.error(VirtualNodeRules.TOPOLOGY_KEY,
                        "a DoNotSchedule spread of pods on virtual nodes uses a key the virtual nodes carry (a"
                                + " warning for a burst)",
                        "virtual nodes carry no zone label, so the spread filters them out: confined pods stay"
                                + " Pending, a burst never overflows"),
                RuleInfo.error(VirtualNodeRules.ABSENT,
                        "a placement picks virtual nodes only on a cluster that has them",
                        "withoutAksVirtualNodes() says the cluster has none: the pods would stay Pending"),
                RuleInfo.error(VirtualNodeRules.DAEMONSET, "a DaemonSet does not tolerate virtual nodes",
                        "virtual nodes run no DaemonSet pods; the toleration would only confuse the placement"),
                RuleInfo.error(VirtualNodeRules.HOST_NETWORK, "pods on virtual nodes do not use the host network",
                        "ACI has no host network to share"),
                RuleInfo.error(VirtualNodeRules.PRIVILEGED, "containers on virtual nodes are not privileged",
                        "ACI refuses privileged containers"),
                RuleInfo.warning(VirtualNodeRules.BURST_WITHOUT_AUTOSCALER,
                        "a burst placement goes with an autoscaler that owns the replicas",
                        "pods overflow to virtual nodes only when an autoscaler adds them; a fixed count never bursts"));
    }
}
