package io.manifesto.examples;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.manifesto.core.Application;
import io.manifesto.testing.ManifestAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The AKS Store port: each Service reaches the pods it names, the credentials stay out of the manifests. */
class AksStoreTest {

    private final Application store = AksStore.define();

    @Test
    void everyServiceSelectsThePodsOfExactlyTheWorkloadItIsNamedFor() {
        Map<String, List<String>> selected = new TreeMap<>();
        for (HasMetadata object : store.resources()) {
            if (object instanceof Service service) {
                selected.put(service.getMetadata().getName(), workloadsSelectedBy(service.getSpec().getSelector()));
            }
        }

        assertThat(selected).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "order-service", List.of("Deployment/order-service"),
                "product-service", List.of("Deployment/product-service"),
                "rabbitmq", List.of("StatefulSet/rabbitmq"),
                "rabbitmq-client", List.of("StatefulSet/rabbitmq"),
                "store-front", List.of("Deployment/store-front"))));
    }

    @Test
    void rabbitmqIsGovernedByAHeadlessServiceAndReachedThroughAClientService() {
        ManifestAssertions.assertThat(store).service("rabbitmq").isHeadless();
        ManifestAssertions.assertThat(store).service("rabbitmq-client").hasType("ClusterIP")
                .exposesPort("rabbitmq-amqp", 5672).exposesPort("rabbitmq-http", 15672);
        ManifestAssertions.assertThat(store).deployment("order-service").container("order-service")
                .hasEnv("ORDER_QUEUE_HOSTNAME", "rabbitmq-client").hasEnv("ORDER_QUEUE_PORT", "5672");
    }

    @Test
    void storeFrontIsPublicOnPort80ToItsHttpPort() {
        ManifestAssertions.assertThat(store).service("store-front").hasType("LoadBalancer")
                .exposesPort("http", 80).targetsPort("http");
        ManifestAssertions.assertThat(store).deployment("store-front").container("store-front")
                .hasPort("http", 8080)
                .hasEnv("VUE_APP_ORDER_SERVICE_URL", "http://order-service:3000/")
                .hasEnv("VUE_APP_PRODUCT_SERVICE_URL", "http://product-service:3002/");
    }

    @Test
    void credentialsComeFromTheDeclaredSecretAndAreNeverRendered() {
        ManifestAssertions.assertThat(store).statefulSet("rabbitmq").container("rabbitmq")
                .hasEnvFromSecret("RABBITMQ_DEFAULT_USER", "rabbitmq-credentials", "username")
                .hasEnvFromSecret("RABBITMQ_DEFAULT_PASS", "rabbitmq-credentials", "password");
        ManifestAssertions.assertThat(store).deployment("order-service").container("order-service")
                .hasEnvFromSecret("ORDER_QUEUE_USERNAME", "rabbitmq-credentials", "username")
                .hasEnvFromSecret("ORDER_QUEUE_PASSWORD", "rabbitmq-credentials", "password");

        assertThat(store.resources()).extracting(HasMetadata::getKind).doesNotContain("Secret");
        assertThat(templates().stream().flatMap(t -> t.getSpec().getContainers().stream())
                .flatMap(c -> c.getEnv().stream()).filter(e -> e.getValue() != null).map(EnvVar::getName))
                .noneMatch(name -> name.contains("USER") || name.contains("PASS"));
    }

    @Test
    void everyPodRunsOnLinuxAsANonRootUser() {
        for (String name : List.of("order-service", "product-service", "store-front")) {
            ManifestAssertions.assertThat(store).deployment(name)
                    .hasNodeSelector("kubernetes.io/os", "linux").runsAsNonRoot();
        }
        ManifestAssertions.assertThat(store).statefulSet("rabbitmq")
                .hasNodeSelector("kubernetes.io/os", "linux").runsAsNonRoot();
    }

    @Test
    void usesNoEscapeHatch() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/manifesto/examples/AksStore.java"));

        assertThat(source).doesNotContain(".customize(", "import io.fabric8", "HasMetadata");
    }

    private List<PodTemplateSpec> templates() {
        return store.resources().stream().flatMap(object -> template(object).stream()).toList();
    }

    private static Optional<PodTemplateSpec> template(HasMetadata object) {
        if (object instanceof Deployment deployment) {
            return Optional.of(deployment.getSpec().getTemplate());
        }
        if (object instanceof StatefulSet statefulSet) {
            return Optional.of(statefulSet.getSpec().getTemplate());
        }
        return Optional.empty();
    }

    private List<String> workloadsSelectedBy(Map<String, String> selector) {
        return store.resources().stream()
                .filter(object -> template(object)
                        .map(t -> t.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                        .orElse(false))
                .map(object -> object.getKind() + "/" + object.getMetadata().getName())
                .toList();
    }
}
