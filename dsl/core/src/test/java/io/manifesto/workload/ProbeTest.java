package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.httpGet;
import static io.manifesto.Manifesto.httpsGet;
import static io.manifesto.Manifesto.tcpSocket;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.warnings;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** Probes: how the httpGet scheme, headers, gRPC and success thresholds render and are checked. */
class ProbeTest {

    private static Container web() {
        return container("web").image("registry/web:1.0").port("https", 8443);
    }

    @Test
    void rendersAnHttpsProbeWithSchemeHttps() {
        assertThat(yaml(deployment("web").container(web().readiness(httpsGet("https", "/healthz"))
                .liveness(Probe.https(8443, "/live"))))).contains("""
                        livenessProbe:
                          httpGet:
                            path: /live
                            port: 8443
                            scheme: HTTPS
                """, """
                        readinessProbe:
                          httpGet:
                            path: /healthz
                            port: https
                            scheme: HTTPS
                """);
    }

    @Test
    void rendersAPlainHttpGetWithoutScheme() {
        assertThat(yaml(deployment("web").container(web().readiness(httpGet("https", "/healthz"))))).contains("""
                        readinessProbe:
                          httpGet:
                            path: /healthz
                            port: https
                        securityContext:
                """);
    }

    @Test
    void checksTheNamedPortOfAnHttpsProbeAsOfAnyHttpGet() {
        assertThat(problems(deployment("web").container(web().readiness(httpsGet("htps", "/healthz")))))
                .containsExactly("error Deployment/web spec.template.spec.containers[web].readinessProbe.httpGet.port"
                        + " = \"htps\": container web has no port of this name; it has [https]. Fix: add"
                        + " .port(\"htps\", <number>) to the container, or probe a port it has."
                        + " [probe.unknown-port]");
    }

    @Test
    void rendersAGrpcProbeWithItsServiceAndHeadersOfAnHttpProbe() {
        assertThat(yaml(deployment("web").container(web().port("grpc", 9090)
                .liveness(Probe.grpc(9090))
                .readiness(Probe.grpc(9090, "shop").successThreshold(2))
                .startup(httpsGet("https", "/started").header("Host", "shop.example.com"))))).contains("""
                        livenessProbe:
                          grpc:
                            port: 9090
                """, """
                        readinessProbe:
                          grpc:
                            port: 9090
                            service: shop
                          successThreshold: 2
                """, """
                        startupProbe:
                          httpGet:
                            httpHeaders:
                            - name: Host
                              value: shop.example.com
                            path: /started
                """);
    }

    @Test
    void warnsOfAGrpcProbeOnAPortTheContainerDoesNotDeclare() {
        assertThat(warnings(deployment("web").container(web().liveness(Probe.grpc(9090))))).containsExactly(
                "warning Deployment/web spec.template.spec.containers[web].livenessProbe.grpc.port = \"9090\":"
                        + " container web declares no port of this number; it declares [8443]. Fix: add"
                        + " .port(\"grpc\", 9090) to the container, or probe a port it declares. [probe.grpc-port]");
    }

    @Test
    void rejectsASuccessThresholdAboveOneOnALivenessProbeAndABadHeaderName() {
        assertThat(problems(deployment("web").container(web()
                .liveness(httpsGet("https", "/live").successThreshold(2).header("X_Probe", "1"))))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].livenessProbe.successThreshold = \"2\": must"
                        + " be 1 on a liveness probe. Fix: leave successThreshold out (it is 1), or move the probe to"
                        + " readiness(...). [probe.success-threshold]",
                "error Deployment/web spec.template.spec.containers[web].livenessProbe.httpGet.httpHeaders[X_Probe].name"
                        + " = \"X_Probe\": is not an HTTP header name Kubernetes accepts: letters, digits and '-'."
                        + " Fix: use a name such as \"X-Probe\". [probe.http-header]");
    }

    @Test
    void rejectsHeadersOnAProbeThatIsNotHttp() {
        assertThat(problems(deployment("web").container(web().readiness(tcpSocket("https").header("Host", "a")))))
                .containsExactly("error Deployment/web spec.template.spec.containers[web].readinessProbe = \"Host\":"
                        + " only an httpGet probe sends headers, and this one is not: the headers would be lost. Fix:"
                        + " probe with httpGet(...) to send headers, or remove .header(...)."
                        + " [probe.headers-without-http]");
    }

    @Test
    void reportsANullGrpcServiceNamingTheMethod() {
        assertThat(problems(deployment("web").container(web().port("grpc", 9090).liveness(Probe.grpc(9090, null)))))
                .containsExactly("error Deployment/web spec.template.spec.containers[web].livenessProbe.grpc.service"
                        + " = \"<none>\": null was passed to grpc(...). Fix: pass a value, or leave the call out."
                        + " [input.null]");
    }

    @Test
    void reportsANullHeaderNamingTheMethod() {
        assertThat(problems(deployment("web").container(web().readiness(httpsGet("https", "/").header("Host", null)))))
                .containsExactly("error Deployment/web spec.template.spec.containers[web].readinessProbe.httpGet"
                        + ".httpHeaders = \"<none>\": null was passed to header(...). Fix: pass a value, or leave the"
                        + " call out. [input.null]");
    }
}
