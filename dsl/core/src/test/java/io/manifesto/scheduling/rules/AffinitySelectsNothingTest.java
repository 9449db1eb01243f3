package io.manifesto.scheduling.rules;

import io.manifesto.scheduling.Builds;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.scheduling.rules.SchedulingYaml.problems;
import static org.assertj.core.api.Assertions.assertThat;

/** A pod (anti-)affinity term whose labels no pod of the manifests carries: a warning, in the DSL and in lint. */
class AffinitySelectsNothingTest {

    @Test
    void warnsOfAnAntiAffinityToLabelsNoPodCarries() {
        var web = deployment("web").container(container("web").image("registry/web:1.0"))
                .placement(placement().awayFromPods("kubernetes.io/hostname", Map.of("app", "wbe"))
                        .preferNearPods(10, "kubernetes.io/hostname", Map.of("app.kubernetes.io/name", "web")));

        assertThat(Builds.warnings(web)).containsExactly("warning Deployment/web spec.template.spec.affinity"
                + ".podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels ="
                + " \"{app=wbe}\": no pod of the manifests in this namespace carries these labels, so the term keeps"
                + " the pods away from nothing. Fix: select labels the other pods carry, e.g."
                + " Map.of(\"app.kubernetes.io/name\", \"<their workload>\"), or remove the term."
                + " [placement.affinity-selects-nothing]");
    }

    @Test
    void warnsOfZooKeepersAntiAffinityOnALabelItsPodsLack() {
        assertThat(problems("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: zk}
                spec:
                  serviceName: zk-hs
                  selector: {matchLabels: {app: zookeeper}}
                  template:
                    metadata: {labels: {app: zookeeper}}
                    spec:
                      affinity:
                        podAntiAffinity:
                          requiredDuringSchedulingIgnoredDuringExecution:
                          - labelSelector: {matchLabels: {app: zk}}
                            topologyKey: kubernetes.io/hostname
                      containers: [{name: zk, image: "zookeeper:3.9.2"}]
                """)).filteredOn(p -> p.endsWith("[placement.affinity-selects-nothing]")).containsExactly(
                "pod.yaml:13: warning StatefulSet/zk spec.template.spec.affinity.podAntiAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels = \"{app=zk}\":"
                        + " no pod of the manifests in this namespace carries these labels, so the term keeps the pods"
                        + " away from nothing. Fix: select labels that the other pods' template carries in"
                        + " metadata.labels, or remove the term. [placement.affinity-selects-nothing]");
    }

    @Test
    void acceptsATermThatSelectsItsOwnPodsOrPodsOfAnotherNamespace() {
        assertThat(problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {app: web}}
                spec:
                  containers: [{name: web, image: "nginx:1.27.0"}]
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                      - {labelSelector: {matchLabels: {app: web}}, topologyKey: kubernetes.io/hostname}
                      - {labelSelector: {matchLabels: {app: db}}, topologyKey: kubernetes.io/hostname,
                         namespaces: [data]}
                """)).noneMatch(p -> p.endsWith("[placement.affinity-selects-nothing]"));
    }
}
