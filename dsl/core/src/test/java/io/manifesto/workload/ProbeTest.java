package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.httpGet;
import static io.manifesto.Manifesto.httpsGet;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** Probes: how the httpGet scheme renders and is checked. */
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
}
