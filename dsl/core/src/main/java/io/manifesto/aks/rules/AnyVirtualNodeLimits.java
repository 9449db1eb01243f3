package io.manifesto.aks.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Fix;

import java.util.List;
import java.util.Objects;

/**
 * What no AKS virtual node runs, in a pod spec: DaemonSet pods, host network, privileged containers, a
 * DoNotSchedule topology spread on a key the virtual nodes lack; and that a burst needs an autoscaler.
 */
final class AnyVirtualNodeLimits {

    private static final String REGULAR_DSL = "keep the pods on regular nodes: remove the virtual node placement"
            + " (the toleration of " + AksVirtualNodes.PROVIDER_KEY + ")";
    private static final String REGULAR_MANIFEST = "keep the pods on regular nodes: remove the toleration of "
            + AksVirtualNodes.PROVIDER_KEY;
    private static final String HOSTNAME = "kubernetes.io/hostname";
    private static final String DO_NOT_SCHEDULE = "DoNotSchedule";

    private AnyVirtualNodeLimits() {
    }

    /** Reports what {@code resource}'s pod spec asks of any virtual node that none can run. */
    static void check(ResolvedSet set, Resource resource, PodSpec spec, Landing landing) {
        boolean daemonSet = resource.object() instanceof DaemonSet;
        if (daemonSet) {
            landing.report(VirtualNodeRules.DAEMONSET, "tolerations", landing.admitting(), landing.keyless()
                    + "a DaemonSet cannot run on AKS virtual nodes: a virtual node is Azure Container Instances, not"
                    + " a machine that runs one pod per node", Fix.of(REGULAR_DSL, REGULAR_MANIFEST));
        }
        if (Boolean.TRUE.equals(spec.getHostNetwork())) {
            landing.report(VirtualNodeRules.HOST_NETWORK, "hostNetwork", true, landing.any("host network"),
                    Fix.of(REGULAR_DSL + ", or drop .hostNetwork()", REGULAR_MANIFEST + ", or drop hostNetwork"));
        }
        checkPrivileged(spec.getContainers(), "containers", landing);
        checkPrivileged(spec.getInitContainers(), "initContainers", landing);
        checkTopologyKeys(spec, landing);
        if (!daemonSet && !landing.confined() && set.hpasTargeting(resource).isEmpty()) {
            String autoscaler = "add an autoscaler for " + resource + ", e.g. a HorizontalPodAutoscaler";
            landing.spec().report(VirtualNodeRules.BURST_WITHOUT_AUTOSCALER, "tolerations", landing.admitting(),
                    landing.keyless() + "the pods can burst onto " + landing.pool().description() + " without being"
                            + " confined to it, but no autoscaler owns " + resource + "'s replica count, so no extra"
                            + " replica ever overflows onto the virtual node",
                    landing.fixOr(Fix.of(autoscaler + ", or place the pods only on virtual nodes or only on regular"
                            + " nodes"), autoscaler));
        }
    }

    private static void checkPrivileged(List<Container> containers, String list, Landing landing) {
        for (Container container : containers == null ? List.<Container>of() : containers) {
            if (container != null && container.getSecurityContext() != null
                    && Boolean.TRUE.equals(container.getSecurityContext().getPrivileged())) {
                landing.report(VirtualNodeRules.PRIVILEGED, list + "[" + container.getName()
                                + "].securityContext.privileged", true, landing.any("privileged containers"),
                        Fix.of(REGULAR_DSL + ", or drop .privileged()",
                                REGULAR_MANIFEST + ", or drop securityContext.privileged"));
            }
        }
    }

    /**
     * The scheduler filters out every node that lacks the key of a DoNotSchedule topology spread, and a virtual node
     * carries no zone label: such a spread keeps the pods off it (every node has its own hostname). An error for
     * pods confined to the virtual node (they stay Pending), a warning for a burst (it never overflows).
     */
    private static void checkTopologyKeys(PodSpec spec, Landing landing) {
        List<TopologySpreadConstraint> spreads = spec.getTopologySpreadConstraints() == null ? List.of()
                : spec.getTopologySpreadConstraints();
        for (int i = 0; i < spreads.size(); i++) {
            TopologySpreadConstraint spread = spreads.get(i);
            String key = spread == null ? null : spread.getTopologyKey();
            if (key == null || key.isEmpty()
                    || !Objects.requireNonNullElse(spread.getWhenUnsatisfiable(), DO_NOT_SCHEDULE)
                    .equals(DO_NOT_SCHEDULE)
                    || key.equals(HOSTNAME) || landing.pool().labels().containsKey(key)) {
                continue;
            }
            String message = landing.pool().description() + " carry no label " + key + ", and the scheduler filters"
                    + " out the nodes that lack the key of a DoNotSchedule topology spread, so "
                    + (landing.confined() ? "the pods would stay Pending" : "no replica ever bursts onto the virtual"
                    + " node");
            Fix fix = Fix.of("spread with .scheduleAnyway(), which only scores nodes, or across kubernetes.io/hostname",
                    "set whenUnsatisfiable: ScheduleAnyway, which only scores nodes, or spread across"
                            + " kubernetes.io/hostname");
            String field = "topologySpreadConstraints[" + i + "].topologyKey";
            if (landing.confined()) {
                landing.spec().report(VirtualNodeRules.TOPOLOGY_KEY, field, key, message, fix);
            } else {
                landing.spec().warn(VirtualNodeRules.TOPOLOGY_KEY, field, key, message, fix);
            }
        }
    }
}
