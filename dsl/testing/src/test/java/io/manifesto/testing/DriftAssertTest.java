package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.manifesto.environment.Drift;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class DriftAssertTest {

    private static HasMetadata web(String namespace, int replicas, String image) {
        return new DeploymentBuilder().withNewMetadata().withName("web").withNamespace(namespace).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewTemplate().withNewSpec().addNewContainer()
                .withName("web").withImage(image).endContainer().endSpec().endTemplate().endSpec().build();
    }

    private static Drift stagingToProd(boolean prodBudget, String prodImage) {
        List<HasMetadata> prod = new ArrayList<>(List.of(web("shop", 3, prodImage)));
        if (prodBudget) {
            prod.add(new PodDisruptionBudgetBuilder().withNewMetadata().withName("web").endMetadata().build());
        }
        return Drift.between("staging", List.of(web("shop-staging", 2, "web:2.1.0")), "prod", prod);
    }

    @Test
    void passesWhenEveryDifferenceIsAllowed() {
        assertThat(stagingToProd(true, "web:2.0.0")).differsOnlyIn("metadata.namespace",
                "Deployment/web spec.replicas", "spec.template.spec.containers[*].image",
                "PodDisruptionBudget/web");
    }

    @Test
    void failsWithTheUnexpectedDifferencesOnly() {
        assertThatThrownBy(() -> assertThat(stagingToProd(true, "web:2.0.0"))
                .differsOnlyIn("metadata.namespace", "spec.replicas"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting staging and prod to differ only in\n  metadata.namespace\n  spec.replicas\n"
                        + "but they also differ in\n"
                        + "  ~ Deployment/web\n"
                        + "      spec.template.spec.containers[web].image: web:2.1.0 -> web:2.0.0\n"
                        + "  + PodDisruptionBudget/web (only in the second)");
    }

    @Test
    void aFieldPatternOfOneObjectAllowsNoOther() {
        assertThatThrownBy(() -> assertThat(stagingToProd(false, "web:2.1.0"))
                .differsOnlyIn("Service/web metadata.namespace", "spec.replicas"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("  ~ Deployment/web\n      metadata.namespace: shop-staging -> shop");
    }

    @Test
    void doubleStarCrossesPathSteps() {
        assertThat(stagingToProd(false, "web:2.0.0")).differsOnlyIn("metadata.namespace", "spec.replicas",
                "spec.template.**");
    }

    @Test
    void isEmptyFailsOnAnyDifference() {
        assertThatThrownBy(() -> assertThat(stagingToProd(false, "web:2.1.0")).isEmpty())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("to differ only in\n  (nothing)\n");
    }
}
