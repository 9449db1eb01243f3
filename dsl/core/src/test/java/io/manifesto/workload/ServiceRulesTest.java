package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The Service derived from a workload: the ports it actually renders, and its name. */
class ServiceRulesTest {

    @Test
    void rejectsTwoContainerPortsThatTheServiceWouldExposeOnOneNumber() {
        var web = deployment("web").container(container("web").image("web:1.0.0").port("http", 8080))
                .container(container("agent").image("agent:1.0.0").port("metrics", 8080));
        assertThat(problemsOf(application("shop").add(web))).containsExactly(
                "error Service/web spec.ports[metrics] = \"metrics:8080/TCP\": another service port has the same"
                        + " name, or the same number and protocol, and the API server rejects that. Fix: give each"
                        + " container port its own number, or choose the exposed ports with"
                        + " .servicePort(name, number). [service.duplicate-port]");
    }

    @Test
    void rendersTheServiceTypeAskedFor() {
        var web = deployment("web").container(container("web").image("web:1.0.0").port("http", 8080));
        assertThat(application("shop").add(web.service(ServiceType.NODE_PORT).servicePort("http", 80)).build()
                .toYaml()).contains("""
                spec:
                  ports:
                  - name: http
                    port: 80
                    protocol: TCP
                    targetPort: http
                  selector:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/name: web
                  type: NodePort
                """);
        assertThat(application("shop").add(web.service(ServiceType.LOAD_BALANCER)).build().toYaml())
                .contains("  type: LoadBalancer\n");
    }

    @Test
    void acceptsOneNumberForUdpAndTcp() {
        var dns = container("dns").image("coredns:1.11.1").port("dns", 53, Protocol.UDP).port("dns-tcp", 53);
        var derived = application("dns").add(deployment("dns").container(dns)).build();
        var chosen = application("dns").add(deployment("dns").container(dns)
                .servicePort("dns", 53).servicePort("dns-tcp", 53)).build();
        assertThat(derived.toYaml())
                .contains("    port: 53\n    protocol: UDP\n", "    port: 53\n    protocol: TCP\n");
        assertThat(chosen.toYaml())
                .contains("    port: 53\n    protocol: UDP\n", "    port: 53\n    protocol: TCP\n");
        assertThat(derived.report().warnings()).isEmpty();
        assertThat(chosen.report().warnings()).isEmpty();
    }

    @Test
    void checksTheNameOfTheHeadlessServiceOfAStatefulSetWithoutPorts() {
        var db = statefulSet("db.main").container(container("db").image("postgres:16.4"));
        assertThat(problemsOf(application("shop").add(db))).containsExactly(
                "error Service/db.main metadata.name = \"db.main\": must be a DNS-1035 label: at most 63 characters"
                        + " of lower-case letters, digits and '-', starting with a letter and ending with a letter"
                        + " or digit. Fix: use a name that starts with a letter, such as \"db-main\"."
                        + " [name.dns1035-label]");
    }

    @Test
    void rejectsAHeadlessServicePortOnAnotherNumberThanItsContainerPort() {
        var db = statefulSet("db").replicas(2).container(container("pg").image("postgres:16.2").port("pg", 5432)
                .port("metrics", 9187));
        assertThat(problemsOf(application("shop").add(db.servicePort("pg", 80)))).containsExactly(
                "error Service/db spec.ports[pg].port = \"80\": the Service of StatefulSet/db is headless and does"
                        + " not remap ports: clients connect to the pods on 5432, not on 80. Fix: use"
                        + " .servicePort(\"pg\", 5432), or add a separate ClusterIP Service for clients that connect"
                        + " on 80. [service.headless-port]");
    }

    @Test
    void acceptsAHeadlessServicePortOnItsContainerPortsNumberToChooseWhatIsExposed() {
        var db = statefulSet("db").replicas(2).container(container("pg").image("postgres:16.2").port("pg", 5432)
                .port("metrics", 9187));
        var built = application("shop").add(db.servicePort("pg", 5432)).build();
        assertThat(built.report().warnings()).isEmpty();
        assertThat(built.toYaml()).contains("""
                spec:
                  clusterIP: None
                  ports:
                  - name: pg
                    port: 5432
                    protocol: TCP
                    targetPort: pg
                  selector:
                """);
    }
}
