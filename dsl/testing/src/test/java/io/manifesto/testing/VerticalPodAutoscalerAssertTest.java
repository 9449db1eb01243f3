package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.autoscaling.api.model.v1.ContainerResourcePolicy;
import io.fabric8.autoscaling.api.model.v1.PodResourcePolicy;
import io.fabric8.autoscaling.api.model.v1.PodUpdatePolicy;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v1.CrossVersionObjectReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class VerticalPodAutoscalerAssertTest {

    private static VerticalPodAutoscaler vpa() {
        VerticalPodAutoscaler vpa = new VerticalPodAutoscaler();
        vpa.setMetadata(new ObjectMetaBuilder().withName("db").build());
        vpa.setSpec(new VerticalPodAutoscalerSpec(null,
                new PodResourcePolicy(List.of(new ContainerResourcePolicy("*", List.of("memory"), null, null, null,
                        null))),
                new CrossVersionObjectReference("apps/v1", "StatefulSet", "db"),
                new PodUpdatePolicy(null, null, "Initial")));
        return vpa;
    }

    private VerticalPodAutoscalerAssert db() {
        return assertThat(List.<HasMetadata>of(vpa())).verticalPodAutoscaler("db");
    }

    @Test
    void checksTargetModeAndControlledResources() {
        db().sizes("StatefulSet", "db").hasUpdateMode("Initial").controls("*", "memory");
    }

    @Test
    void anotherTargetFails() {
        assertThatThrownBy(() -> db().sizes("Deployment", "db"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting VerticalPodAutoscaler/db to size\n  Deployment/db\nbut it sized\n"
                        + "  StatefulSet/db");
    }

    @Test
    void anotherUpdateModeFails() {
        assertThatThrownBy(() -> db().hasUpdateMode("Recreate"))
                .hasMessage("\nExpecting VerticalPodAutoscaler/db to have updateMode\n  \"Recreate\"\nbut it had\n"
                        + "  \"Initial\"");
    }

    @Test
    void aContainerWithoutPolicyFails() {
        assertThatThrownBy(() -> db().controls("db", "cpu"))
                .hasMessage("\nExpecting VerticalPodAutoscaler/db to control on container \"db\"\n  [cpu]\nbut it"
                        + " had no policy for that container");
    }
}
