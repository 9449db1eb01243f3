package io.manifesto.examples.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.examples.annotated.GeneratedManifests.documents;
import static io.manifesto.examples.annotated.GeneratedManifests.find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotations render what the DSL renders for the same settings ({@link ShopDefinition}), minus what dekorate
 * itself adds. What dekorate adds, and this test therefore leaves out:
 * <ul>
 *   <li>its labels on every object named after the application: {@code team: checkout} from
 *       {@code @Label}, and {@code app.kubernetes.io/version}, which the DSL puts on workloads only (its
 *       {@code app.kubernetes.io/name} has the DSL's value);</li>
 *   <li>its own Deployment, Service and Ingress apart from what Manifesto puts in them: the container's
 *       {@code KUBERNETES_NAMESPACE} variable and {@code imagePullPolicy}, selectors on every label (version
 *       included), no security context, a Service on port 80. Of those objects the test compares the parts
 *       Manifesto contributes: pod placement, pod annotations, replicas left out, requests and limits, TLS and
 *       its cert-manager annotation, the rule.</li>
 * </ul>
 */
class SameAsDslTest {

    private static final List<String> DEKORATE_LABELS = List.of("team", "app.kubernetes.io/version");

    private static List<JsonNode> annotated;
    private static List<JsonNode> dsl;

    @BeforeAll
    static void render() {
        annotated = documents(GeneratedManifests.text("kubernetes.yml"));
        dsl = documents(ShopDefinition.define().toYaml());
    }

    @Test
    void addsTheDslsAutoscalersBudgetAndIssuerAsTheyRender() {
        for (String id : List.of("HorizontalPodAutoscaler/shop", "VerticalPodAutoscaler/shop",
                "ClusterIssuer/letsencrypt-prod")) {
            String[] kindName = id.split("/");
            JsonNode generated = withoutDekorateLabels(find(annotated, kindName[0], kindName[1]));
            assertThat(generated).as(id).isEqualTo(find(dsl, kindName[0], kindName[1]));
        }
    }

    @Test
    void selectsDekoratesPodsByTheLabelTheyCarry() {
        // dekorate's pods carry app.kubernetes.io/name, not the DSL's instance label: the budget selects by name only
        JsonNode generated = withoutDekorateLabels(find(annotated, "PodDisruptionBudget", "shop"));
        JsonNode expected = find(dsl, "PodDisruptionBudget", "shop").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.path("spec").path("selector").path("matchLabels"))
                .remove("app.kubernetes.io/instance");
        assertThat(generated).isEqualTo(expected);
        assertThat(find(annotated, "Deployment", "shop").path("spec").path("template").path("metadata")
                .path("labels").path("app.kubernetes.io/name").asText()).isEqualTo("shop");
    }

    @Test
    void givesDekoratesDeploymentTheDslsPodPlacementAndLeavesReplicasOut() {
        JsonNode generated = find(annotated, "Deployment", "shop").path("spec");
        JsonNode expected = find(dsl, "Deployment", "shop").path("spec");

        assertThat(generated.has("replicas")).isFalse();
        assertThat(expected.has("replicas")).isFalse();
        for (String field : List.of("tolerations", "nodeSelector", "affinity")) {
            assertThat(generated.path("template").path("spec").path(field)).as(field)
                    .isEqualTo(expected.path("template").path("spec").path(field));
        }
        assertThat(generated.path("template").path("metadata").path("annotations"))
                .isEqualTo(expected.path("template").path("metadata").path("annotations"));
        assertThat(generated.path("template").path("spec").path("containers").get(0).path("resources"))
                .isEqualTo(expected.path("template").path("spec").path("containers").get(0).path("resources"));
    }

    @Test
    void givesDekoratesIngressTheDslsTlsAndIssuerAnnotation() {
        JsonNode generated = find(annotated, "Ingress", "shop");
        JsonNode expected = find(dsl, "Ingress", "shop");

        assertThat(generated.path("spec").path("tls")).isEqualTo(expected.path("spec").path("tls"));
        assertThat(generated.path("spec").path("rules")).isEqualTo(expected.path("spec").path("rules"));
        assertThat(generated.path("metadata").path("annotations"))
                .isEqualTo(expected.path("metadata").path("annotations"));
    }

    private static JsonNode withoutDekorateLabels(JsonNode object) {
        ObjectNode copy = object.deepCopy();
        ObjectNode labels = (ObjectNode) copy.path("metadata").path("labels");
        DEKORATE_LABELS.forEach(labels::remove);
        return copy;
    }
}
