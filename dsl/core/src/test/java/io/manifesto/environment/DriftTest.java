package io.manifesto.environment;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.manifesto.Manifesto;
import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The drift between two renderings, object by object and field by field. */
class DriftTest {

    private static HasMetadata deployment(String namespace, int replicas, String... containers) {
        var builder = new DeploymentBuilder().withNewMetadata().withName("web").withNamespace(namespace).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewTemplate().withNewSpec();
        for (String container : containers) {
            builder = builder.addNewContainer().withName(container).withImage(container + ":1").endContainer();
        }
        return builder.endSpec().endTemplate().endSpec().build();
    }

    private static HasMetadata configMap(String name, Map<String, String> data) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().withData(data).build();
    }

    @Test
    void reportsEachChangedFieldAndEachObjectOnOneSideOnly() {
        Drift drift = Drift.between("staging", List.of(deployment("shop-staging", 2, "web"),
                        configMap("staging-only", Map.of("a", "1"))),
                "prod", List.of(deployment("shop", 3, "web"), configMap("prod-only", Map.of("a", "1"))));

        assertThat(drift).hasToString("""
                staging -> prod: 3 objects differ
                + ConfigMap/prod-only (only in the second)
                - ConfigMap/staging-only (only in the first)
                ~ Deployment/web
                    metadata.namespace: shop-staging -> shop
                    spec.replicas: 2 -> 3
                """);
        assertThat(drift.differences()).containsExactly("ConfigMap/prod-only", "ConfigMap/staging-only",
                "Deployment/web metadata.namespace", "Deployment/web spec.replicas");
    }

    @Test
    void comparesNamedListEntriesByNameSoAnInsertedContainerShiftsNothing() {
        Drift drift = Drift.between("a", List.of(deployment("shop", 1, "web")),
                "b", List.of(deployment("shop", 1, "proxy", "web")));

        assertThat(drift.objects().get(0).fields()).extracting(FieldDrift::toString).containsExactly(
                "spec.template.spec.containers[proxy]: <none> -> {\"image\":\"proxy:1\",\"name\":\"proxy\"}");
    }

    @Test
    void isEmptyForTheSameRendering() {
        assertThat(Drift.between("a", List.of(deployment("shop", 1, "web")), "b",
                List.of(deployment("shop", 1, "web"))).isEmpty()).isTrue();
    }

    @Test
    void reportsAMissingApplicationInsteadOfThrowingANullPointerException() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Manifesto.diff(null, null));

        assertThat(e).hasMessage("""
                diff is invalid: 2 errors, 0 warnings
                  error Drift left = "<none>": null was passed to diff(...). Fix: pass a value, or leave the call out. [input.null]
                  error Drift right = "<none>": null was passed to diff(...). Fix: pass a value, or leave the call out. [input.null]""");
    }

    @Test
    void tellsApartObjectsOfOneKindAndNameInSeveralNamespaces() {
        Drift drift = Drift.between("a", List.of(deployment("one", 1, "web"), deployment("two", 1, "web")),
                "b", List.of(deployment("one", 1, "web"), deployment("two", 2, "web")));

        assertThat(drift.differences()).containsExactly("Deployment/web in two spec.replicas");
    }
}
