package io.manifesto.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The direct YAML writer must write exactly what Jackson writes, and hand Jackson whatever it cannot. */
class PlainYamlEmitterTest {

    private static final String ALPHABET = "aZ09y.-_/:@+=*# '\"\n";

    @Test
    void writesEveryDocumentByteForByteAsJacksonDoes() {
        List<HasMetadata> objects = new ArrayList<>();
        List<String> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            objects.add(new ConfigMapBuilder().withNewMetadata().withName("text-" + i).endMetadata()
                    .addToData("value", text).addToData(text.isEmpty() ? "empty" : text, "key").build());
        }
        for (int i = 0; i < texts.size(); i += 50) {
            List<String> chunk = texts.subList(i, Math.min(texts.size(), i + 50));
            objects.add(new PodBuilder().withNewMetadata().withName("pod-" + i).addToLabels("n", "" + i).endMetadata()
                    .withNewSpec().addNewContainer().withName("c").withArgs(chunk).withNewSecurityContext()
                    .withRunAsUser((long) i).withPrivileged(i % 2 == 0).endSecurityContext().endContainer()
                    .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume().endSpec().build());
        }
        List<ObjectNode> documents = objects.stream().map(ManifestSerializer::canonical).toList();

        PlainYamlEmitter emitter = new PlainYamlEmitter(new KubectlQuoting());
        long direct = documents.stream().filter(document -> emitter.write(document, new StringBuilder())).count();

        assertThat(direct).as("documents written directly").isGreaterThan(1000);
        assertThat(ManifestSerializer.yaml(documents)).isEqualTo(ManifestSerializer.jacksonYaml(documents));
    }

    @Test
    void writesTheUsualObjectsItselfAndLeavesTheRestToJackson() {
        PlainYamlEmitter emitter = new PlainYamlEmitter(new KubectlQuoting());
        ObjectNode usual = ManifestSerializer.canonical(new PodBuilder().withNewMetadata().withName("web")
                .addToLabels("app.kubernetes.io/version", "2.1.0").endMetadata().withNewSpec().addNewContainer()
                .withName("web").withImage("myregistry.azurecr.io/web:2.1.0").addNewPort().withContainerPort(8080)
                .endPort().endContainer().endSpec().build());
        ObjectNode spaced = ManifestSerializer.canonical(new ConfigMapBuilder().withNewMetadata().withName("text")
                .endMetadata().addToData("greeting", "hello world").build());
        StringBuilder out = new StringBuilder("kept");

        assertThat(emitter.write(usual, out)).isTrue();
        assertThat(out).startsWith("kept---\napiVersion: v1\n");
        out.setLength(4);
        assertThat(emitter.write(spaced, out)).isFalse();
        assertThat(out).hasToString("kept");
    }

    /** Every string of up to three characters of {@link #ALPHABET}, and some longer ones of real manifests. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", "http://+:8080", "myregistry.azurecr.io/web:2.1.0",
                "platform-team@contoso.com", "8080", "1e3", "2.1.0", "100m", "---x", "...", "a:", "a: b", "yes",
                "x".repeat(130), "k=v", "/healthz", "_x", "0x1F", "1_000"));
        List<String> previous = List.of("");
        for (int length = 1; length <= 3; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : ALPHABET.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            texts.addAll(next);
            previous = next;
        }
        return texts;
    }
}
