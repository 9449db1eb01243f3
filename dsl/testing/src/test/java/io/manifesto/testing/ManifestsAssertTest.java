package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ManifestsAssertTest {

    private final List<HasMetadata> manifests = Fixtures.manifests();

    @Test
    void findsAResourceByKindAndName() {
        assertThat(manifests).containsResource("Deployment", "shop").containsResource("Namespace", "shop");
    }

    @Test
    void aMissingResourceFailsListingThePresentOnes() {
        assertThatThrownBy(() -> assertThat(manifests).containsResource("Deployment", "cart"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting the manifests to contain\n"
                        + "  Deployment/cart\n"
                        + "but they contained\n"
                        + "  Namespace/shop\n"
                        + "  Service/shop\n"
                        + "  Deployment/shop\n"
                        + "  StatefulSet/db\n"
                        + "  HorizontalPodAutoscaler/shop\n"
                        + "  PodDisruptionBudget/shop\n"
                        + "  Ingress/shop");
    }

    @Test
    void anEmptySetSaysItHoldsNothing() {
        assertThatThrownBy(() -> assertThat(List.of()).service("shop"))
                .hasMessage("\nExpecting the manifests to contain\n  Service/shop\nbut they contained\n  (none)");
    }

    @Test
    void countsResources() {
        assertThat(manifests).hasResourceCountOf(7);
    }

    @Test
    void aWrongCountFailsListingTheResources() {
        assertThatThrownBy(() -> assertThat(List.of(Fixtures.service())).hasResourceCountOf(2))
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting the manifests to contain\n  2 resources\nbut they contained 1:\n  Service/shop");
    }

    @Test
    void checksKindsInOrderCollapsingNeighboursOfTheSameKind() {
        List<HasMetadata> withTwoServices = List.of(Fixtures.service(), Fixtures.service(), Fixtures.deployment());

        assertThat(withTwoServices).hasKindsInOrder("Service", "Deployment");
        assertThat(manifests).hasKindsInOrder("Namespace", "Service", "Deployment", "StatefulSet",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "Ingress");
    }

    @Test
    void kindsOutOfOrderFail() {
        List<HasMetadata> deploymentFirst = List.of(Fixtures.deployment(), Fixtures.service());

        assertThatThrownBy(() -> assertThat(deploymentFirst).hasKindsInOrder("Service", "Deployment"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting the kinds of the manifests, in order, to be\n"
                        + "  [Service, Deployment]\n"
                        + "but they were\n"
                        + "  [Deployment, Service]");
    }

    @Test
    void aResourceOfTheRightKindButNotAFabric8TypeFails() {
        HasMetadata generic = new GenericKubernetesResourceBuilder()
                .withApiVersion("apps/v1").withKind("Deployment").withNewMetadata().withName("shop").endMetadata()
                .build();

        assertThatThrownBy(() -> assertThat(List.of(generic)).deployment("shop"))
                .hasMessage("\nExpecting Deployment/shop to be a fabric8\n"
                        + "  io.fabric8.kubernetes.api.model.apps.Deployment\n"
                        + "but it was a\n"
                        + "  io.fabric8.kubernetes.api.model.GenericKubernetesResource");
    }

    @Test
    void aDescriptionPrefixesTheMessage() {
        assertThatThrownBy(() -> assertThat(manifests).as("shop app").containsResource("Secret", "db"))
                .hasMessageStartingWith("[shop app] \nExpecting the manifests to contain\n  Secret/db\n");
    }
}
