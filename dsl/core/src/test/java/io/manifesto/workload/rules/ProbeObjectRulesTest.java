package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes of manifests the DSL did not make, with fixes in manifest terms. */
class ProbeObjectRulesTest {

    @Test
    void rejectsProbesOnUnknownPortsWithoutCommandOrOutOfRange() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    ports: [{name: http, containerPort: 8080}]
                    livenessProbe: {httpGet: {path: /, port: admin}, periodSeconds: 0}
                    readinessProbe: {exec: {command: []}}
                    startupProbe: {tcpSocket: {port: 0}}
                """)).containsExactly(
                "pod.yaml:9: error Pod/web spec.containers[web].livenessProbe.httpGet.port = \"admin\": container web"
                        + " has no port of this name; it has [http]. Fix: add a port named admin to the container's"
                        + " ports, or probe a port it has. [probe.unknown-port]",
                "pod.yaml:9: error Pod/web spec.containers[web].livenessProbe.periodSeconds = \"0\": must be at least"
                        + " 1. Fix: use 1 or more, or leave it to the Kubernetes default. [probe.timing]",
                "pod.yaml:10: error Pod/web spec.containers[web].readinessProbe.exec.command = \"\": an exec probe"
                        + " needs a command to run. Fix: name the program, e.g. command: [pg_isready]."
                        + " [probe.exec-command]",
                "pod.yaml:11: error Pod/web spec.containers[web].startupProbe.tcpSocket.port = \"0\": is not a port"
                        + " number: ports go from 1 to 65535. Fix: use a port between 1 and 65535, e.g. 8080."
                        + " [port.number]");
    }

    @Test
    void rejectsAProbeOnAnInitContainer() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers: [{name: web, image: "nginx:1.27.0"}]
                  initContainers:
                  - name: init
                    image: busybox:1.36
                    readinessProbe: {exec: {command: ["true"]}}
                """)).containsExactly(
                "pod.yaml:9: error Pod/web spec.initContainers[init].readinessProbe = \"exec\": an init container runs"
                        + " to completion before the other containers start, so the API server rejects probes on it."
                        + " Fix: move the probe to a container of spec.containers, or remove it."
                        + " [probe.init-container]");
    }

    @Test
    void checksGrpcPortsHeaderNamesAndSuccessThresholds() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    ports: [{name: grpc, containerPort: 9090}, {name: http, containerPort: 8080}]
                    livenessProbe: {grpc: {port: 9091}, successThreshold: 2}
                    readinessProbe:
                      httpGet:
                        path: /ready
                        port: http
                        httpHeaders: [{name: "X Probe", value: "1"}, {name: Host, value: shop.example.com}]
                      successThreshold: 3
                    startupProbe: {grpc: {port: 9090, service: shop}, successThreshold: 2}
                """)).containsExactly(
                "pod.yaml:9: error Pod/web spec.containers[web].livenessProbe.successThreshold = \"2\": must be 1 on"
                        + " a liveness probe. Fix: set successThreshold: 1 or leave it out, or make it a"
                        + " readinessProbe. [probe.success-threshold]",
                "pod.yaml:9: warning Pod/web spec.containers[web].livenessProbe.grpc.port = \"9091\": container web"
                        + " declares no port of this number; it declares [9090, 8080]. Fix: add containerPort 9091 to"
                        + " the container's ports, or probe a port it declares. [probe.grpc-port]",
                "pod.yaml:14: error Pod/web spec.containers[web].readinessProbe.httpGet.httpHeaders[X Probe].name ="
                        + " \"X Probe\": is not an HTTP header name Kubernetes accepts: letters, digits and '-'."
                        + " Fix: use a name such as \"X-Probe\". [probe.http-header]",
                "pod.yaml:16: error Pod/web spec.containers[web].startupProbe.successThreshold = \"2\": must be 1 on"
                        + " a startup probe. Fix: set successThreshold: 1 or leave it out, or make it a"
                        + " readinessProbe. [probe.success-threshold]");
    }
}
