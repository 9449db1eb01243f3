package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.Service;
import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The values of Service fields the API server checks and the schema check cannot see: the type, and each port's
 * name, protocol and numbers.
 */
class ServiceFieldObjectRulesTest {

    private static final Deployment WEB = deployment("web")
            .container(container("web").image("shop:1.0.0").port("http", 8080));

    @Test
    void rejectsATypeTheApiDoesNotHave() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  type: Internal
                  ports: [{port: 80}]
                """)).containsExactly(
                "pod.yaml:5: error Service/web spec.type = \"Internal\": the API has no Service type "
                        + "\"Internal\". Fix: set ClusterIP, NodePort, LoadBalancer or ExternalName, or leave it out "
                        + "for ClusterIP. [service.type]");
    }

    @Test
    void rejectsAnEmptyOrUnknownProtocol() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports:
                  - {name: http, port: 80, protocol: ""}
                  - {name: dns, port: 53, protocol: udp}
                  - {name: quic, port: 443, protocol: UDP}
                """)).containsExactly(
                "pod.yaml:6: error Service/web spec.ports[http].protocol = \"\": a Service port's protocol "
                        + "is TCP, UDP or SCTP. Fix: set TCP, UDP or SCTP, or leave it out for TCP. "
                        + "[service.protocol]",
                "pod.yaml:7: error Service/web spec.ports[dns].protocol = \"udp\": a Service port's "
                        + "protocol is TCP, UDP or SCTP. Fix: set TCP, UDP or SCTP, or leave it out for TCP. "
                        + "[service.protocol]");
    }

    @Test
    void rejectsPortNamesAndNumbersTheApiServerRejects() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  type: NodePort
                  ports:
                  - {name: HTTP_PORT, port: 80}
                  - {name: big, port: 70000, nodePort: 65536, targetPort: -1}
                  - {name: unset, port: 81, nodePort: 0, targetPort: 0}
                """)).containsExactly(
                "pod.yaml:7: error Service/web spec.ports[HTTP_PORT].name = \"HTTP_PORT\": is not a valid "
                        + "port name: at most 15 characters of lower-case letters, digits and '-', with at least one "
                        + "letter, no '--' and no '-' at either end. Fix: use a name such as \"http\", \"grpc\" or "
                        + "\"metrics\". [port.name]",
                "pod.yaml:8: error Service/web spec.ports[big].port = \"70000\": is not a port number: "
                        + "ports go from 1 to 65535. Fix: use a port between 1 and 65535, e.g. 8080. [port.number]",
                "pod.yaml:8: error Service/web spec.ports[big].nodePort = \"65536\": is not a port number: "
                        + "ports go from 1 to 65535. Fix: use a port between 1 and 65535, e.g. 8080. [port.number]",
                "pod.yaml:8: error Service/web spec.ports[big].targetPort = \"-1\": is not a port number: "
                        + "ports go from 1 to 65535. Fix: use a port between 1 and 65535, e.g. 8080. [port.number]");
    }

    @Test
    void rejectsANamedTargetPortThatIsNoPortName() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports: [{name: http, port: 80, targetPort: Http_Port}, {name: empty, port: 81, targetPort: ""}]
                """)).containsExactly(
                "pod.yaml:5: error Service/web spec.ports[http].targetPort = \"Http_Port\": is not a valid "
                        + "port name: at most 15 characters of lower-case letters, digits and '-', with at least one "
                        + "letter, no '--' and no '-' at either end. Fix: use a name such as \"http\", \"grpc\" or "
                        + "\"metrics\". [port.name]");
    }

    @Test
    void rejectsInTheDslATargetPortThatIsNoPortName() {
        assertThat(problemsOf(application("shop").add(WEB).add(service("web-client", WEB).expose("HTTP"))))
                .containsExactly(
                "error Service/web-client spec.ports[HTTP].targetPort = \"HTTP\": is not a valid port "
                        + "name: at most 15 characters of lower-case letters, digits and '-', with at least one "
                        + "letter, no '--' and no '-' at either end. Fix: use a name such as \"http\", \"grpc\" or "
                        + "\"metrics\". [port.name]");
    }

    @Test
    void reportsADslPortNumberOnce() {
        assertThat(problemsOf(application("shop").add(WEB).add(service("web-client", WEB).expose("http", 70000))))
                .containsExactly(
                "error Service/web-client spec.ports[http].port = \"70000\": is not a port number: ports "
                        + "go from 1 to 65535. Fix: use a port between 1 and 65535, e.g. 8080. [port.number]");
    }

    @Test
    void rejectsAProtocolThatACustomizationBroke() {
        var app = application("shop").add(WEB).add(service("web-client", WEB).expose("http", 80))
                .customize(Service.class, "web-client", s -> s.getSpec().getPorts().get(0).setProtocol("HTTP"));
        assertThat(problemsOf(app)).containsExactly(
                "error Service/web-client spec.ports[http].protocol = \"HTTP\": a Service port's protocol "
                        + "is TCP, UDP or SCTP. Fix: set TCP, UDP or SCTP, or leave it out for TCP. "
                        + "[service.protocol]");
    }
}
