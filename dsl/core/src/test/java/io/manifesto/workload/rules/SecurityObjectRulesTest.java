package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Security contexts of manifests the DSL did not make, worded for a manifest rather than the DSL's defaults. */
class SecurityObjectRulesTest {

    @Test
    void rejectsRootAndIdsOutOfRangeWhereThePodMustRunAsNonRoot() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  securityContext: {runAsNonRoot: true, runAsUser: 0, fsGroup: -1}
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    securityContext: {runAsUser: 0, runAsGroup: 4294967296}
                  - name: root
                    image: nginx:1.27.0
                    securityContext: {runAsNonRoot: false, runAsUser: 0}
                """)).containsExactly(
                "pod.yaml:5: error Pod/web spec.securityContext.fsGroup = \"-1\": is not a user or group id"
                        + " Kubernetes accepts: ids go from 0 to 2147483647. Fix: use an id in that range, e.g. 1000."
                        + " [security.id-range]",
                "pod.yaml:5: error Pod/web spec.securityContext.runAsUser = \"0\": user 0 is root, and runAsNonRoot:"
                        + " true makes the kubelet refuse to start it. Fix: run as another user, or remove"
                        + " runAsNonRoot: true. [security.root-user]",
                "pod.yaml:9: error Pod/web spec.containers[web].securityContext.runAsGroup = \"4294967296\": is not a"
                        + " user or group id Kubernetes accepts: ids go from 0 to 2147483647. Fix: use an id in that"
                        + " range, e.g. 1000. [security.id-range]",
                "pod.yaml:9: error Pod/web spec.containers[web].securityContext.runAsUser = \"0\": user 0 is root,"
                        + " and runAsNonRoot: true makes the kubelet refuse to start it. Fix: run as another user, or"
                        + " remove runAsNonRoot: true. [security.root-user]");
    }

    @Test
    void rejectsPrivilegeThatContradictsTheForbiddenEscalation() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    securityContext:
                      allowPrivilegeEscalation: false
                      privileged: true
                      capabilities: {add: [CAP_SYS_ADMIN, net_admin]}
                """)).containsExactly(
                "pod.yaml:10: error Pod/web spec.containers[web].securityContext.privileged = \"true\": a privileged"
                        + " container cannot forbid privilege escalation, and the API server rejects both. Fix:"
                        + " remove privileged: true, or remove allowPrivilegeEscalation: false."
                        + " [security.privileged-escalation]",
                "pod.yaml:11: error Pod/web spec.containers[web].securityContext.capabilities.add = \"CAP_SYS_ADMIN\":"
                        + " CAP_SYS_ADMIN allows privilege escalation, and the API server rejects it together with"
                        + " allowPrivilegeEscalation: false. Fix: drop the capability, or remove"
                        + " allowPrivilegeEscalation: false. [security.sys-admin-escalation]",
                "pod.yaml:11: error Pod/web spec.containers[web].securityContext.capabilities.add = \"net_admin\": is"
                        + " not a Linux capability name. Fix: write it in capitals, e.g. \"NET_BIND_SERVICE\"."
                        + " [security.capability]");
    }

    @Test
    void warnsOfHostAccessAndAddedCapabilitiesOnARestrictedPod() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: agent}
                spec:
                  hostNetwork: true
                  securityContext: {runAsNonRoot: true}
                  volumes: [{name: logs, hostPath: {path: /var/log}}]
                  containers:
                  - name: agent
                    image: agent:1.0.0
                    securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE, NET_ADMIN]}}
                """)).containsExactly(
                "pod.yaml:5: warning Pod/agent spec.hostNetwork = \"true\": host networking breaks the Pod Security"
                        + " Standards (baseline and restricted) that the pod otherwise meets, so namespaces enforcing"
                        + " them reject the pods. Fix: remove hostNetwork: true, or suppress this warning with the"
                        + " reason the node's network is needed. [security.host-network]",
                "pod.yaml:7: warning Pod/agent spec.volumes[logs].hostPath.path = \"/var/log\": a hostPath volume"
                        + " breaks the Pod Security Standards (baseline and restricted) that the pod otherwise meets,"
                        + " so namespaces enforcing them reject the pods. Fix: use another volume type, or suppress"
                        + " this warning with the reason the node's files are needed. [security.host-path]",
                "pod.yaml:11: warning Pod/agent spec.containers[agent].securityContext.capabilities.add ="
                        + " \"NET_ADMIN\": a capability other than NET_BIND_SERVICE breaks the Pod Security Standard"
                        + " \"restricted\" that the pod otherwise meets, so namespaces enforcing it reject the pods."
                        + " Fix: drop the capability, or suppress this warning with the reason it is needed."
                        + " [security.capability-restricted]");
    }
}
