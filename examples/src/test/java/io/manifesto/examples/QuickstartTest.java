package io.manifesto.examples;

import io.manifesto.testing.GoldenFile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.manifesto.testing.ManifestAssertions.assertThat;

/** The README's quickstart, read through the domain assertions a user writes in their own tests. */
class QuickstartTest {

    @Test
    void webAppHasTheSlidesRequestsAndLimitsAndIsReachable() {
        var app = Quickstart.define();

        assertThat(app).hasKindsInOrder("Service", "Deployment");
        assertThat(app).deployment("web").hasReplicas(2).runsAsNonRoot()
                .selectsOn(Map.of("app.kubernetes.io/name", "web", "app.kubernetes.io/instance", "quickstart"));
        assertThat(app).deployment("web").container("web")
                .hasCpuRequest("100m").hasCpuLimit("200m").hasMemoryRequest("128Mi").hasMemoryLimit("256Mi")
                .hasPort("http", 8080).hasReadinessProbe().hasLivenessProbe()
                .disallowsPrivilegeEscalation().dropsAllCapabilities();
        assertThat(app).service("web").hasType("ClusterIP").targetsPort("http").exposesPort("http", 8080);
    }

    @Test
    void rendersExactlyTheReviewedGoldenFile() {
        GoldenFile.assertMatches(Quickstart.define().toYaml(), "quickstart.yaml");   // golden-manifests/quickstart.yaml
    }
}
