package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class HorizontalPodAutoscalerAssertTest {

    private HorizontalPodAutoscalerAssert shop() {
        return assertThat(Fixtures.manifests()).horizontalPodAutoscaler("shop");
    }

    @Test
    void checksTheTargetAndReplicaRange() {
        shop().scales("Deployment", "shop").hasMinReplicas(2).hasMaxReplicas(10);
    }

    @Test
    void anotherTargetFails() {
        assertThatThrownBy(() -> shop().scales("StatefulSet", "shop"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting HorizontalPodAutoscaler/shop to scale\n  StatefulSet/shop\n"
                        + "but it scaled\n  Deployment/shop");
    }

    @Test
    void aDifferentMinReplicasFails() {
        assertThatThrownBy(() -> shop().hasMinReplicas(3))
                .hasMessage("\nExpecting HorizontalPodAutoscaler/shop to have minReplicas\n  3\nbut it had\n  2");
    }

    @Test
    void anUnsetMinReplicasCountsAsOne() {
        var hpa = new HorizontalPodAutoscalerBuilder(Fixtures.hpa()).editSpec().withMinReplicas(null).endSpec().build();

        new HorizontalPodAutoscalerAssert(hpa).hasMinReplicas(1);
        assertThatThrownBy(() -> new HorizontalPodAutoscalerAssert(hpa).hasMinReplicas(2))
                .hasMessageEndingWith("but it had\n  1 (not set, the default)");
    }

    @Test
    void aDifferentMaxReplicasFails() {
        assertThatThrownBy(() -> shop().hasMaxReplicas(5))
                .hasMessage("\nExpecting HorizontalPodAutoscaler/shop to have maxReplicas\n  5\nbut it had\n  10");
    }

    @Test
    void checksCpuUtilization() {
        shop().targetsCpuUtilization(70);
    }

    @Test
    void aDifferentCpuUtilizationFailsListingTheMetrics() {
        assertThatThrownBy(() -> shop().targetsCpuUtilization(80))
                .hasMessage("\nExpecting HorizontalPodAutoscaler/shop to target\n  cpu utilization 80%\n"
                        + "but its metrics were\n  cpu utilization 70%");
    }

    @Test
    void checksMemoryUtilization() {
        var hpa = new HorizontalPodAutoscalerBuilder(Fixtures.hpa()).editSpec()
                .addNewMetric().withType("Resource").withNewResource().withName("memory")
                .withNewTarget().withType("Utilization").withAverageUtilization(80).endTarget()
                .endResource().endMetric()
                .endSpec().build();

        new HorizontalPodAutoscalerAssert(hpa).targetsMemoryUtilization(80).targetsCpuUtilization(70);
    }

    @Test
    void aMissingMemoryMetricFails() {
        assertThatThrownBy(() -> shop().targetsMemoryUtilization(80))
                .hasMessageContaining("to target\n  memory utilization 80%\nbut its metrics were\n  cpu utilization 70%");
    }
}
