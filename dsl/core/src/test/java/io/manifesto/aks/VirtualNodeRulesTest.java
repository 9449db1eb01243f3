package io.manifesto.aks;

import io.manifesto.aks.rules.VirtualNodeRules;
import io.manifesto.core.Component;
import io.manifesto.scheduling.NodeRequirement;
import io.manifesto.scheduling.Toleration;
import io.manifesto.security.ContainerSecurity;
import io.manifesto.security.SecurityDefault;
import io.manifesto.workload.Container;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.Volume;
import io.manifesto.workload.WorkloadRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.manifesto.Manifesto.*;
import static io.manifesto.scheduling.Builds.build;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class VirtualNodeRulesTest {

    private static final String ON_V1_START = " are not supported on AKS virtual nodes v1 (the ACI virtual kubelet),"
            + " where these pods can be placed; the pods would fail once they land on the virtual node. Fix: ";
    private static final String V1_FIX = "use virtual nodes v2 (AksVirtualNodes.onlyV2() or burstV2()), or keep the"
            + " pods on regular nodes by removing the virtual node placement.";
    private static final String ON_V1 = ON_V1_START + V1_FIX + " [";
    private static final String ZONE_SPREAD = " spec.template.spec.topologySpreadConstraints[0].topologyKey ="
            + " \"topology.kubernetes.io/zone\": AKS virtual nodes v1 (the ACI virtual kubelet) carry no label"
            + " topology.kubernetes.io/zone, and the scheduler filters out the nodes that lack the key of a"
            + " DoNotSchedule topology spread, so ";
    private static final String ZONE_SPREAD_FIX = ". Fix: spread with .scheduleAnyway(), which only scores nodes, or"
            + " across kubernetes.io/hostname. [virtual-node.topology-key]";
    private static final String ON_V2 = " cannot run on any AKS virtual node, and these pods can be placed on AKS"
            + " virtual nodes v2; the pods would fail once they land on the virtual node. Fix: keep the pods on"
            + " regular nodes: remove the virtual node placement (the toleration of virtual-kubelet.io/provider)";

    private static final Container APP = container("app").image("registry/app:1.0");

    private static Deployment worker() {
        return deployment("worker").container(APP);
    }

    @Test
    void rejectsInitContainersOnV1() {
        assertThat(problems(worker().initContainer(container("init").image("busybox:1.36"))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error Deployment/worker spec.template.spec.initContainers = \"[init]\": init containers" + ON_V1
                        + "virtual-node.v1-init-containers]");
    }

    @Test
    void rejectsHostAliasesOnV1() {
        assertThat(problems(worker().hostAlias("10.0.0.5", "db.internal").placement(AksVirtualNodes.onlyV1())))
                .containsExactly("error Deployment/worker spec.template.spec.hostAliases = \"[10.0.0.5]\": host"
                        + " aliases" + ON_V1 + "virtual-node.v1-host-aliases]");
    }

    @Test
    void rejectsLifecycleHooksOnV1() {
        assertThat(problems(deployment("worker").container(APP.preStop("sleep", "5"))
                .placement(AksVirtualNodes.onlySeedRecipe()))).containsExactly(
                "error Deployment/worker spec.template.spec.containers[app].lifecycle = \"app\": container lifecycle"
                        + " hooks (preStop, postStart)" + ON_V1 + "virtual-node.v1-lifecycle-hooks]");
    }

    @Test
    void rejectsPersistentVolumeClaimsOnV1() {
        assertThat(problems(worker().volume(Volume.persistentVolumeClaim("data", "data-claim"))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error Deployment/worker spec.template.spec.volumes[data].persistentVolumeClaim.claimName ="
                        + " \"data-claim\": persistent volume claims" + ON_V1 + "virtual-node.v1-persistent-volumes]");
    }

    @Test
    void rejectsVolumeClaimTemplatesOnV1() {
        assertThat(problems(statefulSet("db").container(APP.mount("data", "/data"))
                .volumeClaim(volumeClaim("data", "1Gi")).placement(AksVirtualNodes.onlySeedRecipe())))
                .containsExactly("error StatefulSet/db spec.template.spec.volumes[data].persistentVolumeClaim ="
                        + " \"data\": persistent volume claims (here the volume claim template data of StatefulSet/db,"
                        + " which every pod gets as a volume)" + ON_V1 + "virtual-node.v1-persistent-volumes]");
    }

    @Test
    void rejectsAnUnmountedVolumeClaimTemplateOnV1() {
        assertThat(problems(statefulSet("db").container(APP).volumeClaim(volumeClaim("data", "1Gi"))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error StatefulSet/db spec.template.spec.volumes[data].persistentVolumeClaim = \"data\": persistent"
                        + " volume claims (here the volume claim template data of StatefulSet/db, which every pod"
                        + " gets as a volume)" + ON_V1 + "virtual-node.v1-persistent-volumes]");
    }

    @Test
    void rejectsStartupProbesOnV1() {
        assertThat(problems(deployment("worker").container(APP.port("http", 8080).startup(httpGet("http", "/started")))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error Deployment/worker spec.template.spec.containers[app].startupProbe = \"app\": startup probes"
                        + ON_V1_START + "drop .startup(...) and give the liveness probe an initialDelaySeconds"
                        + " instead, or " + V1_FIX + " [virtual-node.v1-startup-probe]");
    }

    @Test
    void rejectsTcpProbesOnV1() {
        assertThat(problems(deployment("worker").container(APP.port("amqp", 5672).liveness(tcpSocket("amqp")))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error Deployment/worker spec.template.spec.containers[app].livenessProbe.tcpSocket.port = \"amqp\":"
                        + " tcpSocket probes (ACI probes only by exec or httpGet)" + ON_V1_START + "probe with"
                        + " httpGet(...) or exec(...), or " + V1_FIX + " [virtual-node.v1-tcp-probe]");
    }

    @Test
    void rejectsArgsWithoutCommandOnV1() {
        assertThat(problems(deployment("worker").container(APP.args("--queue=orders"))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error Deployment/worker spec.template.spec.containers[app].args = \"[--queue=orders]\": args without"
                        + " a command (ACI cannot keep the image's entrypoint and replace only its arguments)"
                        + ON_V1_START + "add .command(...) with the image's entrypoint, or " + V1_FIX
                        + " [virtual-node.v1-args-without-command]");
    }

    @Test
    void acceptsArgsWithACommandAndHttpProbesOnV1() {
        assertThat(build(deployment("worker").container(APP.port("http", 8080).command("/app/worker")
                .args("--queue=orders").liveness(httpGet("http", "/healthz")))
                .placement(AksVirtualNodes.onlyV1())).report().warnings()).isEmpty();
    }

    @Test
    void rejectsAZoneSpreadForPodsConfinedToVirtualNodes() {
        assertThat(problems(worker().with(spreadAcrossZones()).placement(AksVirtualNodes.onlyV1())))
                .containsExactly("error Deployment/worker" + ZONE_SPREAD + "the pods would stay Pending"
                        + ZONE_SPREAD_FIX);
    }

    @Test
    void warnsThatAZoneSpreadKeepsBurstingPodsOffTheVirtualNode() {
        Deployment bursting = worker().with(spreadAcrossZones()).with(spreadAcrossHosts())
                .placement(AksVirtualNodes.burst());
        assertThat(warnings(bursting, autoscaler(bursting)))
                .containsExactly("warning Deployment/worker" + ZONE_SPREAD + "no replica ever bursts onto the"
                        + " virtual node" + ZONE_SPREAD_FIX);
        Deployment scoring = worker().with(spreadAcrossZones().scheduleAnyway()).placement(AksVirtualNodes.burst());
        assertThat(warnings(scoring, autoscaler(scoring))).isEmpty();
    }

    @Test
    void leavesANodeAgentAloneOnAClusterWithoutVirtualNodes() {
        var agent = daemonSet("agent").container(APP.args("--all-nodes")).placement(placement()
                .tolerate(Toleration.everything()));
        assertThat(application("shop").withoutAksVirtualNodes().add(agent).build().report().warnings()).isEmpty();
    }

    @Test
    void rejectsAVirtualNodePlacementOnAClusterWithoutVirtualNodes() {
        assertThat(io.manifesto.BuildResult.problemsOf(application("shop").withoutAksVirtualNodes()
                .add(worker().placement(AksVirtualNodes.onlyV1())))).containsExactly(
                "error Deployment/worker spec.template.spec.nodeSelector = \"{kubernetes.io/os=linux,"
                        + " kubernetes.io/role=agent, type=virtual-kubelet}\": the node selector picks AKS virtual"
                        + " nodes v1 (the ACI virtual kubelet), but the application says the cluster has none"
                        + " (withoutAksVirtualNodes()), so the pods would stay Pending. Fix: remove the virtual node"
                        + " placement, or drop withoutAksVirtualNodes() if the cluster has them."
                        + " [virtual-node.absent]");
    }

    @Test
    void rejectsHostPathVolumesOnV1() {
        assertThat(problems(worker().volume(Volume.hostPath("varlog", "/var/log"))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error Deployment/worker spec.template.spec.volumes[varlog].hostPath.path = \"/var/log\": hostPath"
                        + " volumes" + ON_V1 + "virtual-node.v1-host-path]",
                "warning Deployment/worker spec.template.spec.volumes[varlog].hostPath.path = \"/var/log\": a"
                        + " hostPath volume breaks the Pod Security Standards (baseline and restricted) that the"
                        + " security defaults otherwise meet, so namespaces enforcing them reject the pods. Fix: use"
                        + " another volume type, or suppress this warning with the reason the node's files are"
                        + " needed. [security.host-path]");
    }

    @Test
    void rejectsDownwardApiVolumesOnV1() {
        assertThat(problems(worker().volume(Volume.downwardApi("info", Map.of("labels", "metadata.labels")))
                .placement(AksVirtualNodes.onlyV1()))).containsExactly(
                "error Deployment/worker spec.template.spec.volumes[info].downwardAPI = \"info\": downwardAPI"
                        + " volumes" + ON_V1 + "virtual-node.v1-downward-api]");
    }

    @Test
    void allowsOnV2WhatOnlyV1Forbids() {
        assertThat(build(worker().initContainer(container("init").image("busybox:1.36"))
                .container(container("hooks").image("registry/hooks:1.0").postStart("true"))
                .volume(Volume.persistentVolumeClaim("data", "azurefile-claim"))
                .placement(AksVirtualNodes.onlyV2())).report().warnings()).isEmpty();
    }

    @Test
    void rejectsDaemonSetsOnAnyVirtualNode() {
        assertThat(problems(daemonSet("agent").container(APP).placement(AksVirtualNodes.onlyV2()))).containsExactly(
                "error DaemonSet/agent spec.template.spec.tolerations = \"virtual-kubelet.io/provider Exists\": a"
                        + " DaemonSet cannot run on AKS virtual nodes: a virtual node is Azure Container Instances,"
                        + " not a machine that runs one pod per node. Fix: keep the pods on regular nodes: remove the"
                        + " virtual node placement (the toleration of virtual-kubelet.io/provider)."
                        + " [virtual-node.daemonset]");
    }

    @Test
    void rejectsHostNetworkOnAnyVirtualNode() {
        assertThat(problems(worker().hostNetwork().placement(AksVirtualNodes.onlyV2()))).first().isEqualTo(
                "error Deployment/worker spec.template.spec.hostNetwork = \"true\": host network" + ON_V2
                        + ", or drop .hostNetwork(). [virtual-node.host-network]");
    }

    @Test
    void rejectsPrivilegedContainersOnAnyVirtualNode() {
        assertThat(problems(deployment("worker").container(APP.security(ContainerSecurity.NONE.privileged()))
                .withoutSecurityDefault(SecurityDefault.NO_PRIVILEGE_ESCALATION, "the agent needs the host")
                .placement(AksVirtualNodes.onlyV2()))).containsExactly(
                "error Deployment/worker spec.template.spec.containers[app].securityContext.privileged = \"true\":"
                        + " privileged containers" + ON_V2 + ", or drop .privileged(). [virtual-node.privileged]");
    }

    @Test
    void reportsEveryLimitOfV1Together() {
        List<String> problems = problems(deployment("worker").container(APP.preStop("sleep", "5"))
                .initContainer(container("init").image("busybox:1.36"))
                .hostAlias("10.0.0.5", "db.internal")
                .volume(Volume.persistentVolumeClaim("data", "data-claim"))
                .volume(Volume.hostPath("varlog", "/var/log"))
                .volume(Volume.downwardApi("info", Map.of("labels", "metadata.labels")))
                .hostNetwork()
                .placement(AksVirtualNodes.onlyV1()));

        assertThat(problems).extracting(p -> p.substring(p.lastIndexOf('[') + 1, p.length() - 1)).containsExactly(
                VirtualNodeRules.V1_INIT_CONTAINERS.id(), VirtualNodeRules.V1_HOST_ALIASES.id(),
                VirtualNodeRules.V1_LIFECYCLE_HOOKS.id(), VirtualNodeRules.V1_PERSISTENT_VOLUMES.id(),
                VirtualNodeRules.V1_HOST_PATH.id(), VirtualNodeRules.V1_DOWNWARD_API.id(),
                VirtualNodeRules.HOST_NETWORK.id(),
                WorkloadRules.HOST_NETWORK_RESTRICTED, WorkloadRules.HOST_PATH_RESTRICTED);
    }

    @Test
    void rejectsWhatACustomizationAddsThatVirtualNodesV1CannotRun() {
        assertThat(io.manifesto.BuildResult.problemsOf(application("shop").add(worker()
                        .placement(AksVirtualNodes.onlyV1()))
                .customize(io.fabric8.kubernetes.api.model.apps.Deployment.class, "worker", d -> d.getSpec()
                        .getTemplate().getSpec().setHostAliases(List.of(new io.fabric8.kubernetes.api.model
                                .HostAliasBuilder().withIp("10.0.0.5").withHostnames("db.internal").build())))))
                .filteredOn(p -> p.contains("[virtual-node.")).containsExactly(
                        "error Deployment/worker spec.template.spec.hostAliases = \"[10.0.0.5]\": host aliases"
                                + ON_V1 + "virtual-node.v1-host-aliases]");
    }

    @Test
    void checksBurstingPodsAgainstTheVirtualNodeTheyMayLandOn() {
        assertThat(problems(worker().initContainer(container("init").image("busybox:1.36"))
                .placement(AksVirtualNodes.burst()))).filteredOn(p -> p.startsWith("error")).hasSize(1).first()
                .asString().contains("[virtual-node.v1-init-containers]");
    }

    @Test
    void checksTheVirtualNodeRulesOnceForAPlacementSplitInTwo() {
        assertThat(problems(worker().initContainer(container("init").image("busybox:1.36"))
                .placement(placement().tolerate(AksVirtualNodes.TOLERATION))
                .placement(placement().nodeSelector(AksVirtualNodes.V1_NODE_SELECTOR)))).containsExactly(
                "error Deployment/worker spec.template.spec.initContainers = \"[init]\": init containers" + ON_V1
                        + "virtual-node.v1-init-containers]");
    }

    @Test
    void keepsBurstV2OffTheV1Limits() {
        Deployment burstingV2 = worker().initContainer(container("init").image("busybox:1.36"))
                .placement(AksVirtualNodes.burstV2());
        assertThat(warnings(burstingV2, autoscaler(burstingV2))).isEmpty();
    }

    @Test
    void leavesPodsWithoutTheTolerationAlone() {
        assertThat(warnings(daemonSet("agent").container(APP).hostNetwork()))
                .noneMatch(warning -> warning.contains("[virtual-node."));
    }

    @Test
    void warnsOfABurstPlacementWithoutAutoscalerOnce() {
        assertThat(warnings(worker().placement(AksVirtualNodes.burst()))).containsExactly(
                "warning Deployment/worker spec.template.spec.tolerations = \"virtual-kubelet.io/provider Exists\":"
                        + " the pods can burst onto AKS virtual nodes v1 (the ACI virtual kubelet) without being"
                        + " confined to it, but no autoscaler owns Deployment/worker's replica count, so no extra"
                        + " replica ever overflows onto the virtual node. Fix: add an autoscaler for"
                        + " Deployment/worker, e.g. a HorizontalPodAutoscaler, or place the pods only on virtual"
                        + " nodes or only on regular nodes. [virtual-node.burst-without-autoscaler]");
    }

    @Test
    void acceptsABurstPlacementWhoseReplicasAnAutoscalerOwns() {
        Deployment bursting = worker().placement(AksVirtualNodes.burst());
        assertThat(warnings(bursting, autoscaler(bursting))).isEmpty();
    }

    @Test
    void doesNotWarnWhenPodsRunOnlyOnVirtualNodes() {
        assertThat(warnings(worker().placement(AksVirtualNodes.onlyV1()))).isEmpty();
    }

    @Test
    void doesNotWarnWhenRequiredAffinityConfinesPodsToVirtualNodes() {
        assertThat(warnings(worker().placement(placement().tolerate(AksVirtualNodes.TOLERATION)
                .requireNodes(NodeRequirement.in("type", "virtual-kubelet"))))).isEmpty();
    }

    @Test
    void rejectsRequiredAffinityToVirtualNodesWithoutTheToleration() {
        assertThat(problems(worker().placement(placement().requireNodes(NodeRequirement.in("type",
                "virtual-kubelet"))))).containsExactly(
                "error Deployment/worker spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms ="
                        + " \"[[type In [virtual-kubelet]]]\": the required node affinity picks AKS virtual nodes v1"
                        + " (the ACI virtual kubelet), whose nodes carry the taint"
                        + " virtual-kubelet.io/provider=azure:NoSchedule that no toleration of the pods matches, so"
                        + " the pods would stay Pending. Fix: tolerate it with"
                        + " .tolerate(Toleration.exists(\"virtual-kubelet.io/provider\")) on the placement, or select"
                        + " other nodes. [node-pool.untolerated-taint]");
    }


    @Test
    void explainsThatAKeylessExistsTolerationAdmitsThePodsToVirtualNodes() {
        String warning = "warning Deployment/worker spec.template.spec.tolerations = \"* Exists\": a toleration"
                + " without key (operator Exists) tolerates every taint, the virtual node's"
                + " virtual-kubelet.io/provider=azure:NoSchedule included; the pods can burst onto AKS virtual nodes"
                + " v1 (the ACI virtual kubelet) without being confined to it, but no autoscaler owns"
                + " Deployment/worker's replica count, so no extra replica ever overflows onto the virtual node."
                + " Fix: name the key of each taint the pods should tolerate, e.g. Toleration.exists(\"dedicated\");"
                + " if every taint is meant, write Toleration.everything() and keep the pods off virtual nodes with"
                + " .requireNodes(NodeRequirement.notIn(\"type\", \"virtual-kubelet\"),"
                + " NodeRequirement.notIn(\"virtualization\", \"virtualnode2\")), or add an autoscaler for"
                + " Deployment/worker, e.g. a HorizontalPodAutoscaler. [virtual-node.burst-without-autoscaler]";

        assertThat(warnings(worker().placement(placement().tolerate(Toleration.everything()))))
                .containsExactly(warning);
        assertThat(warnings(worker().placement(placement().tolerate(Toleration.exists("")))))
                .containsExactly(warning);
    }

    @Test
    void namesTheKeylessTolerationWhenItLetsADaemonSetOntoVirtualNodes() {
        assertThat(problems(daemonSet("agent").container(APP).placement(placement().tolerate(
                Toleration.everything())))).containsExactly(
                "error DaemonSet/agent spec.template.spec.tolerations = \"* Exists\": a toleration without key"
                        + " (operator Exists) tolerates every taint, the virtual node's"
                        + " virtual-kubelet.io/provider=azure:NoSchedule included; a DaemonSet cannot run on AKS"
                        + " virtual nodes: a virtual node is Azure Container Instances, not a machine that runs one"
                        + " pod per node. Fix: name the key of each taint the pods should tolerate, e.g."
                        + " Toleration.exists(\"dedicated\"); if every taint is meant, write Toleration.everything()"
                        + " and keep the pods off virtual nodes with .requireNodes(NodeRequirement.notIn(\"type\","
                        + " \"virtual-kubelet\"), NodeRequirement.notIn(\"virtualization\", \"virtualnode2\"))."
                        + " [virtual-node.daemonset]");
        assertThat(warnings(daemonSet("agent").container(APP).placement(placement().tolerate(Toleration.everything())
                .requireNodes(NodeRequirement.notIn("type", "virtual-kubelet"),
                        NodeRequirement.notIn("virtualization", "virtualnode2"))))).isEmpty();
    }

    /** An HPA of {@code workload}: an autoscaler owns its replica count. */
    private static Component autoscaler(Deployment workload) {
        return hpa(workload).replicas(2, 10).cpuAverageValue("500m");
    }
}
