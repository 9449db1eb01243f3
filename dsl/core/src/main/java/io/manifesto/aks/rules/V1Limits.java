package io.manifesto.aks.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Fix;

import java.util.List;
import java.util.Objects;

/**
 * What ACI's virtual kubelet (virtual nodes v1) cannot run, in a pod spec: init containers, host aliases, lifecycle
 * hooks, startup and tcpSocket probes, args without a command, persistent volume claims (volume claim templates
 * included), hostPath and downwardAPI volumes.
 */
final class V1Limits {

    private static final String V1_DSL = "use virtual nodes v2 (AksVirtualNodes.onlyV2() or burstV2()), or keep"
            + " the pods on regular nodes by removing the virtual node placement";
    private static final String V1_MANIFEST = "use virtual nodes v2 (nodeSelector virtualization: virtualnode2), or"
            + " keep the pods on regular nodes by removing the toleration of virtual-kubelet.io/provider";
    private static final Fix V1_FIX = Fix.of(V1_DSL, V1_MANIFEST);

    private V1Limits() {
    }

    /** Reports what {@code resource}'s pod spec asks of {@code landing}'s v1 pool that it cannot run. */
    static void check(Resource resource, PodSpec spec, Landing landing) {
        List<Container> containers = orEmpty(spec.getContainers());
        List<Container> initContainers = orEmpty(spec.getInitContainers());
        if (!initContainers.isEmpty()) {
            landing.report(VirtualNodeRules.V1_INIT_CONTAINERS, "initContainers", names(initContainers),
                    landing.v1("init containers"), V1_FIX);
        }
        List<HostAlias> aliases = orEmpty(spec.getHostAliases());
        if (!aliases.isEmpty()) {
            landing.report(VirtualNodeRules.V1_HOST_ALIASES, "hostAliases",
                    aliases.stream().map(alias -> alias == null ? null : alias.getIp()).toList(),
                    landing.v1("host aliases"), V1_FIX);
        }
        checkHooks(containers, "containers", landing);
        checkProbesAndArgs(containers, landing);
        checkHooks(initContainers, "initContainers", landing);
        if (resource.object() instanceof StatefulSet set && set.getSpec() != null) {
            // the StatefulSet controller gives every pod a PVC volume per claim template, mounted or not
            for (PersistentVolumeClaim claim : orEmpty(set.getSpec().getVolumeClaimTemplates())) {
                String name = claim == null || claim.getMetadata() == null ? "" : claim.getMetadata().getName();
                landing.report(VirtualNodeRules.V1_PERSISTENT_VOLUMES, "volumes[" + name + "].persistentVolumeClaim",
                        name, landing.v1("persistent volume claims (here the volume claim template " + name + " of "
                                + resource + ", which every pod gets as a volume)"), V1_FIX);
            }
        }
        for (Volume volume : orEmpty(spec.getVolumes())) {
            checkVolume(volume, landing);
        }
    }

    private static void checkVolume(Volume volume, Landing landing) {
        if (volume == null) {
            return;
        }
        String field = "volumes[" + volume.getName() + "]";
        if (volume.getPersistentVolumeClaim() != null) {
            landing.report(VirtualNodeRules.V1_PERSISTENT_VOLUMES, field + ".persistentVolumeClaim.claimName",
                    volume.getPersistentVolumeClaim().getClaimName(), landing.v1("persistent volume claims"), V1_FIX);
        } else if (volume.getHostPath() != null) {
            landing.report(VirtualNodeRules.V1_HOST_PATH, field + ".hostPath.path", volume.getHostPath().getPath(),
                    landing.v1("hostPath volumes"), V1_FIX);
        } else if (volume.getDownwardAPI() != null) {
            landing.report(VirtualNodeRules.V1_DOWNWARD_API, field + ".downwardAPI", volume.getName(),
                    landing.v1("downwardAPI volumes"), V1_FIX);
        }
    }

    private static void checkHooks(List<Container> containers, String list, Landing landing) {
        for (Container container : containers) {
            if (container.getLifecycle() != null && (container.getLifecycle().getPreStop() != null
                    || container.getLifecycle().getPostStart() != null)) {
                landing.report(VirtualNodeRules.V1_LIFECYCLE_HOOKS, list + "[" + container.getName() + "].lifecycle",
                        container.getName(), landing.v1("container lifecycle hooks (preStop, postStart)"), V1_FIX);
            }
        }
    }

    /**
     * What the ACI virtual kubelet refuses in a regular container: startup probes, probes other than exec and
     * httpGet, and args without a command (init containers are refused on v1 altogether).
     */
    private static void checkProbesAndArgs(List<Container> containers, Landing landing) {
        for (Container container : containers) {
            String field = "containers[" + container.getName() + "]";
            if (container.getStartupProbe() != null) {
                landing.report(VirtualNodeRules.V1_STARTUP_PROBE, field + ".startupProbe", container.getName(),
                        landing.v1("startup probes"), Fix.of("drop .startup(...) and give the liveness probe an"
                                + " initialDelaySeconds instead, or " + V1_DSL, "drop startupProbe and give the"
                                + " livenessProbe an initialDelaySeconds instead, or " + V1_MANIFEST));
            }
            checkTcpProbe(container.getLivenessProbe(), field + ".livenessProbe", landing);
            checkTcpProbe(container.getReadinessProbe(), field + ".readinessProbe", landing);
            if (!orEmpty(container.getArgs()).isEmpty() && orEmpty(container.getCommand()).isEmpty()) {
                landing.report(VirtualNodeRules.V1_ARGS_WITHOUT_COMMAND, field + ".args", container.getArgs(),
                        landing.v1("args without a command (ACI cannot keep the image's entrypoint and replace only"
                                + " its arguments)"), Fix.of("add .command(...) with the image's entrypoint, or "
                                + V1_DSL, "add command with the image's entrypoint, or " + V1_MANIFEST));
            }
        }
    }

    private static void checkTcpProbe(Probe probe, String field, Landing landing) {
        if (probe != null && probe.getTcpSocket() != null) {
            IntOrString port = probe.getTcpSocket().getPort();
            landing.report(VirtualNodeRules.V1_TCP_PROBE, field + ".tcpSocket.port",
                    port == null ? null : port.getStrVal() != null ? port.getStrVal() : port.getIntVal(),
                    landing.v1("tcpSocket probes (ACI probes only by exec or httpGet)"),
                    Fix.of("probe with httpGet(...) or exec(...), or " + V1_DSL,
                            "probe with httpGet or exec, or " + V1_MANIFEST));
        }
    }

    private static List<String> names(List<Container> containers) {
        return containers.stream().map(Container::getName).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
