package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pod spec of manifests the DSL did not make: containers, accounts, grace period, host aliases. */
class PodObjectRulesTest {

    @Test
    void rejectsAPodWithoutContainers() {
        assertThat(PodYaml.problems("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec: {containers: []}
                """)).containsExactly(
                "pod.yaml:6: error Deployment/web spec.template.spec.containers = \"<none>\": a workload needs at least"
                        + " one container. Fix: add a container with a name and an image to"
                        + " spec.template.spec.containers. [workload.no-containers]");
    }

    @Test
    void rejectsReferencesGracePeriodsAndHostAliasesKubernetesRejects() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  serviceAccountName: Web
                  imagePullSecrets: [{name: ACR}]
                  terminationGracePeriodSeconds: -1
                  containers: [{name: web, image: "nginx:1.27.0"}]
                  hostAliases:
                  - {ip: db.internal, hostnames: [db]}
                  - {ip: 10.0.0.5}
                """)).containsExactly(
                "pod.yaml:5: error Pod/web spec.serviceAccountName = \"Web\": must be a DNS-1123 subdomain: at most"
                        + " 253 characters of lower-case letters, digits, '-' and '.', starting and ending with a"
                        + " letter or digit. Fix: use a name such as \"web\". [name.dns1123-subdomain]",
                "pod.yaml:6: error Pod/web spec.imagePullSecrets[ACR].name = \"ACR\": must be a DNS-1123 subdomain:"
                        + " at most 253 characters of lower-case letters, digits, '-' and '.', starting and ending"
                        + " with a letter or digit. Fix: use a name such as \"acr\". [name.dns1123-subdomain]",
                "pod.yaml:7: error Pod/web spec.terminationGracePeriodSeconds = \"-1\": a grace period cannot be"
                        + " negative. Fix: use 0 (stop at once) or more. [pod.grace-period]",
                "pod.yaml:10: error Pod/web spec.hostAliases[0].ip = \"db.internal\": is not an IPv4 or IPv6 address."
                        + " Fix: write the address, e.g. \"10.0.0.5\"; names go in the hostnames. [pod.host-alias]",
                "pod.yaml:11: error Pod/web spec.hostAliases[1] = \"ip=10.0.0.5 hostnames=[]\": a host alias needs"
                        + " an IP address and at least one non-blank hostname. Fix: write it like {ip: 10.0.0.5,"
                        + " hostnames: [db.internal]}. [pod.host-alias]");
    }
}
