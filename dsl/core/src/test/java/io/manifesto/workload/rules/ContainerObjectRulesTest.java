package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Container names, ports, env and mounts of manifests the DSL did not make, with fixes in manifest terms. */
class ContainerObjectRulesTest {

    @Test
    void rejectsContainerAndPortNamesKubernetesRejectsOrThatRepeat() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: Web_1
                    image: nginx:1.27.0
                    ports: [{name: http, containerPort: 70000}]
                  - name: Web_1
                    image: nginx:1.27.0
                    ports: [{name: http--x, containerPort: 8080}, {name: http, containerPort: 8081}]
                """)).containsExactly(
                // a field path names a container or port by its name, so the file position is the first of that name
                "pod.yaml:6: error Pod/web spec.containers[Web_1].name = \"Web_1\": must be a DNS-1123 label: at"
                        + " most 63 characters of lower-case letters, digits and '-', starting and ending with a"
                        + " letter or digit. Fix: use a name such as \"web-1\". [name.dns1123-label]",
                "pod.yaml:6: error Pod/web spec.containers[Web_1].name = \"Web_1\": must be a DNS-1123 label: at"
                        + " most 63 characters of lower-case letters, digits and '-', starting and ending with a"
                        + " letter or digit. Fix: use a name such as \"web-1\". [name.dns1123-label]",
                "pod.yaml:6: error Pod/web spec.containers[Web_1].name = \"Web_1\": two containers of the pod share"
                        + " this name. Fix: rename one of them. [container.duplicate-name]",
                "pod.yaml:8: error Pod/web spec.containers[Web_1].ports[http].containerPort = \"70000\": is not a"
                        + " port number: ports go from 1 to 65535. Fix: use a port between 1 and 65535, e.g. 8080."
                        + " [port.number]",
                "pod.yaml:8: error Pod/web spec.containers[Web_1].ports[http].name = \"http\": two ports of the pod"
                        + " share this name. Fix: rename one of them. [port.duplicate-name]",
                "pod.yaml:11: error Pod/web spec.containers[Web_1].ports[http--x].name = \"http--x\": is not a valid"
                        + " port name: at most 15 characters of lower-case letters, digits and '-', with at least"
                        + " one letter, no '--' and no '-' at either end. Fix: use a name such as \"http\", \"grpc\""
                        + " or \"metrics\". [port.name]");
    }
}
