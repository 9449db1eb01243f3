package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ports of Services in manifests the DSL did not make reach in the pods they select. */
class ServiceObjectRulesTest {

    /** A StatefulSet whose governing Service (db-peers) is not in the file: the Services here are for clients. */
    private static final String POSTGRES = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db-peers
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

    @Test
    void rejectsServicePortsOfOneNameOrOneNumberAndProtocol() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec:
                  selector: {app: db}
                  ports:
                  - {name: pg, port: 5432, targetPort: pg}
                  - {name: pg, port: 5433, targetPort: pg}
                  - {name: admin, port: 5432, targetPort: pg}
                  - {name: dns, port: 5432, protocol: UDP, targetPort: pg}
                """)).containsExactly(
                // a port is named by its name, so the file position is the first port of that name
                "pod.yaml:21: error Service/db spec.ports[pg] = \"pg:5433/TCP\": another service port has the same"
                        + " name, or the same number and protocol, and the API server rejects that. Fix: give each"
                        + " port its own name, and its own number per protocol. [service.duplicate-port]",
                "pod.yaml:23: error Service/db spec.ports[admin] = \"admin:5432/TCP\": another service port has the"
                        + " same name, or the same number and protocol, and the API server rejects that. Fix: give"
                        + " each port its own name, and its own number per protocol. [service.duplicate-port]");
    }
}
