package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.daemonSet;
import static io.manifesto.scheduling.Builds.build;
import static io.manifesto.scheduling.Builds.problems;
import static org.assertj.core.api.Assertions.assertThat;

class DaemonSetTest {

    private static DaemonSet agent() {
        return daemonSet("agent").container(container("agent").image("registry/agent:1.0"));
    }

    @Test
    void rendersAnAppsV1DaemonSetWithoutReplicas() {
        String yaml = build(agent()).toYaml();
        assertThat(yaml).startsWith("""
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                """).contains("""
                spec:
                  selector:
                    matchLabels:
                      app.kubernetes.io/instance: shop
                      app.kubernetes.io/name: agent
                  template:
                """).doesNotContain("replicas").doesNotContain("kind: Service");
    }

    @Test
    void rendersAServiceWhenItsContainersHavePorts() {
        DaemonSet withPort = daemonSet("agent").container(container("agent").image("registry/agent:1.0")
                .port("metrics", 9100));
        assertThat(withPort.ids()).extracting(Object::toString).containsExactly("DaemonSet/agent", "Service/agent");
        assertThat(build(withPort).resources()).extracting(r -> r.getKind()).containsExactly("Service", "DaemonSet");
    }

    @Test
    void rejectsAReplicaCount() {
        assertThat(problems(agent().replicas(3))).containsExactly(
                "error DaemonSet/agent spec.replicas = \"3\": a DaemonSet runs one pod per node and has no replica"
                        + " count. Fix: remove .replicas(3), or use a Deployment for a fixed count."
                        + " [daemonset.replicas]");
    }
}
