package io.manifesto.aks.rules;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.manifesto.BuildResult;
import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.application;
import static io.manifesto.aks.rules.VirtualNodeYaml.pod;
import static io.manifesto.aks.rules.VirtualNodeYaml.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The virtual node rules on manifests the DSL did not make: lint checks them against the standard cluster profile
 * (AKS with virtual nodes v1 and v2), and words each fix in the manifest's terms.
 */
class VirtualNodeObjectRulesTest {

    private static final String ON_V1_FIX = " are not supported on AKS virtual nodes v1 (the ACI virtual kubelet),"
            + " where these pods can be placed; the pods would fail once they land on the virtual node. Fix: ";
    private static final String V1_FIX = "use virtual nodes v2 (nodeSelector virtualization: virtualnode2), or keep"
            + " the pods on regular nodes by removing the toleration of virtual-kubelet.io/provider.";
    private static final String ON_V1 = ON_V1_FIX + V1_FIX + " [virtual-node.";
    private static final String ON_V2 = " cannot run on any AKS virtual node, and these pods can be placed on AKS"
            + " virtual nodes v2; the pods would fail once they land on the virtual node. Fix: keep the pods on"
            + " regular nodes: remove the toleration of virtual-kubelet.io/provider, or drop ";
    private static final String ZONE = " spec.template.spec.topologySpreadConstraints[0].topologyKey ="
            + " \"topology.kubernetes.io/zone\": AKS virtual nodes v1 (the ACI virtual kubelet) carry no label"
            + " topology.kubernetes.io/zone, and the scheduler filters out the nodes that lack the key of a"
            + " DoNotSchedule topology spread, so no replica ever bursts onto the virtual node. Fix: set"
            + " whenUnsatisfiable: ScheduleAnyway, which only scores nodes, or spread across kubernetes.io/hostname."
            + " [virtual-node.topology-key]";

    private static final String BURSTING = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers: [{name: web, image: "nginx:1.27.0"}]
                  tolerations: [{key: virtual-kubelet.io/provider, operator: Exists}]
                  topologySpreadConstraints:
                  - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule,
                     labelSelector: {matchLabels: {app: web}}}
            """;

    @Test
    void rejectsEveryLimitOfVirtualNodesV1() {
        assertThat(problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  initContainers: [{name: init, image: "busybox:1.36"}]
                  hostAliases: [{ip: 10.0.0.5, hostnames: [db.internal]}]
                  containers:
                  - name: web
                    image: "nginx:1.27.0"
                    args: [--queue=orders]
                    lifecycle: {preStop: {exec: {command: [sleep, "5"]}}}
                    startupProbe: {httpGet: {path: /started, port: 8080}}
                    livenessProbe: {tcpSocket: {port: amqp}}
                  volumes:
                  - {name: data, persistentVolumeClaim: {claimName: data-claim}}
                  - {name: varlog, hostPath: {path: /var/log}}
                  - {name: info, downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}}
                """ + VirtualNodeYaml.ON_V1)).containsExactly(
                "pod.yaml:5: error Pod/web spec.initContainers = \"[init]\": init containers" + ON_V1
                        + "v1-init-containers]",
                "pod.yaml:6: error Pod/web spec.hostAliases = \"[10.0.0.5]\": host aliases" + ON_V1
                        + "v1-host-aliases]",
                "pod.yaml:10: error Pod/web spec.containers[web].args = \"[--queue=orders]\": args without a command"
                        + " (ACI cannot keep the image's entrypoint and replace only its arguments)" + ON_V1_FIX
                        + "add command with the image's entrypoint, or " + V1_FIX
                        + " [virtual-node.v1-args-without-command]",
                "pod.yaml:11: error Pod/web spec.containers[web].lifecycle = \"web\": container lifecycle hooks"
                        + " (preStop, postStart)" + ON_V1 + "v1-lifecycle-hooks]",
                "pod.yaml:12: error Pod/web spec.containers[web].startupProbe = \"web\": startup probes" + ON_V1_FIX
                        + "drop startupProbe and give the livenessProbe an initialDelaySeconds instead, or " + V1_FIX
                        + " [virtual-node.v1-startup-probe]",
                "pod.yaml:13: error Pod/web spec.containers[web].livenessProbe.tcpSocket.port = \"amqp\": tcpSocket"
                        + " probes (ACI probes only by exec or httpGet)" + ON_V1_FIX + "probe with httpGet or exec,"
                        + " or " + V1_FIX + " [virtual-node.v1-tcp-probe]",
                "pod.yaml:15: error Pod/web spec.volumes[data].persistentVolumeClaim.claimName = \"data-claim\":"
                        + " persistent volume claims" + ON_V1 + "v1-persistent-volumes]",
                "pod.yaml:16: error Pod/web spec.volumes[varlog].hostPath.path = \"/var/log\": hostPath volumes"
                        + ON_V1 + "v1-host-path]",
                "pod.yaml:17: error Pod/web spec.volumes[info].downwardAPI = \"info\": downwardAPI volumes" + ON_V1
                        + "v1-downward-api]");
    }

    @Test
    void rejectsTheVolumeClaimTemplatesOfAStatefulSetOnV1() {
        assertThat(problems("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: db, image: "postgres:16.4"}]
                      tolerations: [{key: virtual-kubelet.io/provider, operator: Exists}]
                      nodeSelector: {type: virtual-kubelet}
                  volumeClaimTemplates:
                  - metadata: {name: data}
                    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                """)).containsExactly("pod.yaml:9: error StatefulSet/db spec.template.spec.volumes[data]"
                + ".persistentVolumeClaim = \"data\": persistent volume claims (here the volume claim template data"
                + " of StatefulSet/db, which every pod gets as a volume)" + ON_V1 + "v1-persistent-volumes]");
    }

    @Test
    void rejectsOnV2WhatNoVirtualNodeRuns() {
        assertThat(problems(pod("""
                  hostNetwork: true
                  topologySpreadConstraints:
                  - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, labelSelector: {matchLabels: {app: web}}}
                  initContainers: [{name: init, image: "busybox:1.36", securityContext: {privileged: true}}]
                """ + VirtualNodeYaml.ON_V2))).containsExactly(
                "pod.yaml:6: error Pod/web spec.hostNetwork = \"true\": host network" + ON_V2 + "hostNetwork."
                        + " [virtual-node.host-network]",
                "pod.yaml:8: error Pod/web spec.topologySpreadConstraints[0].topologyKey ="
                        + " \"topology.kubernetes.io/zone\": AKS virtual nodes v2 carry no label"
                        + " topology.kubernetes.io/zone, and the scheduler filters out the nodes that lack the key of"
                        + " a DoNotSchedule topology spread, so the pods would stay Pending. Fix: set"
                        + " whenUnsatisfiable: ScheduleAnyway, which only scores nodes, or spread across"
                        + " kubernetes.io/hostname. [virtual-node.topology-key]",
                "pod.yaml:9: error Pod/web spec.initContainers[init].securityContext.privileged = \"true\":"
                        + " privileged containers" + ON_V2 + "securityContext.privileged. [virtual-node.privileged]");
    }

    @Test
    void allowsOnV2WhatOnlyV1Forbids() {
        assertThat(problems(pod("""
                  initContainers: [{name: init, image: "busybox:1.36"}]
                """ + VirtualNodeYaml.ON_V2))).isEmpty();
    }

    @Test
    void namesTheKeylessTolerationThatLetsADaemonSetOntoVirtualNodes() {
        assertThat(problems("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec:
                      containers: [{name: agent, image: "agent:1.0"}]
                      tolerations: [{operator: Exists}]
                """)).containsExactly("pod.yaml:10: error DaemonSet/agent spec.template.spec.tolerations ="
                + " \"* Exists\": a toleration without key (operator Exists) tolerates every taint, the virtual"
                + " node's virtual-kubelet.io/provider=azure:NoSchedule included; a DaemonSet cannot run on AKS"
                + " virtual nodes: a virtual node is Azure Container Instances, not a machine that runs one pod per"
                + " node. Fix: name the key of each taint the pods should tolerate, e.g. {key: dedicated, operator:"
                + " Exists}; if every taint is meant, keep the pods off virtual nodes with a required node affinity"
                + " term of type NotIn [virtual-kubelet] and virtualization NotIn [virtualnode2]."
                + " [virtual-node.daemonset]");
    }

    @Test
    void warnsOfABurstWithoutAutoscalerAndOfASpreadThatKeepsItOffTheVirtualNode() {
        assertThat(problems(BURSTING)).containsExactly(
                "pod.yaml:10: warning Deployment/web spec.template.spec.tolerations = \"virtual-kubelet.io/provider"
                        + " Exists\": the pods can burst onto AKS virtual nodes v1 (the ACI virtual kubelet) without"
                        + " being confined to it, but no autoscaler owns Deployment/web's replica count, so no extra"
                        + " replica ever overflows onto the virtual node. Fix: add an autoscaler for Deployment/web,"
                        + " e.g. a HorizontalPodAutoscaler, or place the pods only on virtual nodes or only on regular"
                        + " nodes. [virtual-node.burst-without-autoscaler]",
                "pod.yaml:12: warning Deployment/web" + ZONE);
    }

    @Test
    void acceptsABurstWhoseReplicasAnAutoscalerOwns() {
        assertThat(problems(BURSTING + """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  minReplicas: 2
                  maxReplicas: 10
                """)).containsExactly("pod.yaml:12: warning Deployment/web" + ZONE);
    }

    @Test
    void leavesPodsThatKeepOffVirtualNodesAlone() {
        assertThat(problems(pod("""
                  hostNetwork: true
                  tolerations: [{operator: Exists}]
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchExpressions:
                          - {key: type, operator: NotIn, values: [virtual-kubelet]}
                          - {key: virtualization, operator: NotIn, values: [virtualnode2]}
                """))).isEmpty();
    }

    @Test
    void rejectsARawObjectOnVirtualNodesInAnApplicationWithoutThem() {
        var raw = new DeploymentBuilder().withNewMetadata().withName("raw").endMetadata().withNewSpec()
                .withNewSelector().addToMatchLabels("app", "raw").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "raw").endMetadata().withNewSpec().addNewContainer().withName("raw")
                .withImage("registry/raw:1.0").endContainer().addNewToleration()
                .withKey("virtual-kubelet.io/provider").withOperator("Exists").endToleration()
                .addToNodeSelector("virtualization", "virtualnode2").endSpec().endTemplate().endSpec().build();

        assertThat(BuildResult.problemsOf(application("shop").withoutAksVirtualNodes().add(raw)))
                .filteredOn(p -> p.contains("[virtual-node.")).containsExactly(
                        "error Deployment/raw spec.template.spec.nodeSelector = \"{virtualization=virtualnode2}\":"
                                + " the node selector picks AKS virtual nodes v2, but the application says the"
                                + " cluster has none (withoutAksVirtualNodes()), so the pods would stay Pending."
                                + " Fix: remove the toleration of virtual-kubelet.io/provider and the virtual node"
                                + " selector, or drop withoutAksVirtualNodes() if the cluster has them."
                                + " [virtual-node.absent]");
    }
}
