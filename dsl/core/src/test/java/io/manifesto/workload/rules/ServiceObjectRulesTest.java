package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ports of Services in manifests the DSL did not make reach in the pods they select. */
class ServiceObjectRulesTest {

    private static final String POSTGRES = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers:
                  - name: db
                    image: postgres:16.4
                    ports: [{name: pg, containerPort: 5432}]
            ---
            """;

    @Test
    void rejectsATargetPortNoSelectedContainerHas() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec:
                  selector: {app: db}
                  ports: [{name: sql, port: 5432, targetPort: sql}]
                """)).containsExactly(
                "pod.yaml:20: error Service/db spec.ports[sql].targetPort = \"sql\": no container of StatefulSet/db"
                        + " has a port of this name. Fix: name one of [pg], or add the port to a container."
                        + " [service.unknown-port]");
    }

    @Test
    void rejectsAHeadlessServicePortOnAnotherNumberThanItsContainerPort() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec:
                  clusterIP: None
                  selector: {app: db}
                  ports: [{name: pg, port: 80, targetPort: pg}]
                """)).containsExactly(
                "pod.yaml:21: error Service/db spec.ports[pg].port = \"80\": the Service is headless and does not"
                        + " remap ports: clients connect to the pods on 5432, not on 80. Fix: set port: 5432, or add"
                        + " a separate ClusterIP Service for clients that connect on 80. [service.headless-port]");
    }

    @Test
    void acceptsANamedTargetPortOfASelectedContainer() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec:
                  selector: {app: db}
                  ports: [{name: pg, port: 80, targetPort: pg}]
                """)).isEmpty();
    }
}
