package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Names, namespaces, labels and annotations of objects of every kind, whatever made them. */
class MetadataObjectRulesTest {

    @Test
    void rejectsNamesLabelsAndAnnotationKeysOfAnyKindInAFile() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: 1web
                  labels: {tier: "front end"}
                  annotations: {"example.com/": x}
                spec:
                  ports: [{port: 80}]
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: Gadget}
                """)).containsExactly(
                "pod.yaml:4: error Service/1web metadata.name = \"1web\": must be a DNS-1035 label: at most 63"
                        + " characters of lower-case letters, digits and '-', starting with a letter and ending with"
                        + " a letter or digit. Fix: use a name that starts with a letter, such as \"x-1web\"."
                        + " [name.dns1035-label]",
                "pod.yaml:5: error Service/1web metadata.labels.tier = \"front end\": is not a valid label value: at"
                        + " most 63 characters of letters, digits, '-', '_' and '.', starting and ending with a"
                        + " letter or digit. Fix: shorten it or replace the other characters, e.g. \"front-end\"."
                        + " [label.value]",
                "pod.yaml:6: error Service/1web metadata.annotations = \"example.com/\": is not a valid label key: an"
                        + " optional DNS-1123 subdomain prefix and '/', then at most 63 characters of letters,"
                        + " digits, '-', '_' and '.', starting and ending with a letter or digit. Fix: use a key such"
                        + " as \"example.com/tier\" or \"tier\". [label.key]",
                "pod.yaml:12: error Widget/Gadget metadata.name = \"Gadget\": must be a DNS-1123 subdomain: at most"
                        + " 253 characters of lower-case letters, digits, '-' and '.', starting and ending with a"
                        + " letter or digit. Fix: use a name such as \"gadget\". [name.dns1123-subdomain]");
    }

    @Test
    void rejectsAPodTemplateLabelThatACustomizationBroke() {
        var app = application("shop").add(deployment("web").container(container("web").image("shop:1.0.0")))
                .customize(Deployment.class, "web", d -> d.getSpec().getTemplate().getMetadata().getLabels()
                        .put("team", "-payments"));
        assertThat(problemsOf(app)).containsExactly(
                "error Deployment/web spec.template.metadata.labels.team = \"-payments\": is not a valid label value:"
                        + " at most 63 characters of letters, digits, '-', '_' and '.', starting and ending with a"
                        + " letter or digit. Fix: shorten it or replace the other characters, e.g. \"payments\"."
                        + " [label.value]");
    }

    @Test
    void rejectsRawAnnotationsAbove256KiB() {
        var raw = new ConfigMapBuilder().withNewMetadata().withName("big")
                .addToAnnotations("example.com/blob", "x".repeat(300 * 1024)).endMetadata().build();
        assertThat(problemsOf(application("shop").add(raw))).containsExactly(
                "error ConfigMap/big metadata.annotations = \"307216 bytes\": the keys and values of the annotations"
                        + " take more than the 262144 bytes (256 KiB) Kubernetes allows on one object. Fix: keep"
                        + " large data in a ConfigMap or Secret, and annotate only a reference to it."
                        + " [annotations.size]");
    }

    @Test
    void rejectsANamespaceThatIsNoDns1123Label() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, namespace: Shop_Prod}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: defaults, namespace: ""}
                """)).containsExactly(
                "pod.yaml:3: error ConfigMap/settings metadata.namespace = \"Shop_Prod\": must be a "
                        + "DNS-1123 label: at most 63 characters of lower-case letters, digits and '-', starting and "
                        + "ending with a letter or digit. Fix: use a name such as \"shop-prod\". [name.dns1123-label]");
    }

    @Test
    void rejectsARawObjectsNamespaceThatIsNoDns1123Label() {
        var raw = new ConfigMapBuilder().withNewMetadata().withName("settings")
                .withNamespace("shop.prod").endMetadata().build();
        assertThat(problemsOf(application("shop").add(raw))).containsExactly(
                "error ConfigMap/settings metadata.namespace = \"shop.prod\": must be a DNS-1123 label: at "
                        + "most 63 characters of lower-case letters, digits and '-', starting and ending with a "
                        + "letter or digit. Fix: use a name such as \"shop-prod\". [name.dns1123-label]");
    }
}
