package io.manifesto.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads multi-document YAML back into typed fabric8 objects (by apiVersion and kind, through fabric8's own
 * deserializer): to check that rendered manifests mean what they say, and to compare or re-render them.
 */
public final class ManifestReader {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper TYPED = JsonMapper.builder().build();

    private ManifestReader() {
    }

    /**
     * The objects of {@code yaml}, in order; empty documents are skipped.
     *
     * @throws IllegalArgumentException when {@code yaml} is {@code null}, or a document is not a Kubernetes object
     *                                  fabric8 knows (a scalar or a list, a map without apiVersion or kind), naming it
     */
    public static List<HasMetadata> read(String yaml) {
        if (yaml == null) {
            throw new IllegalArgumentException("no manifests to read: null was passed to ManifestReader.read(...)");
        }
        List<HasMetadata> objects = new ArrayList<>();
        try (var parser = YAML.createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            int index = 0;
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                index++;
                if (document == null || document.isNull() || document.isMissingNode()
                        || (document.isObject() && document.isEmpty())) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new IllegalArgumentException("document " + index + " is " + (document.isArray() ? "a list"
                            : "a scalar") + ", not an object: a Kubernetes object is a map with apiVersion, kind and"
                            + " metadata");
                }
                requireTypeFields(document, index);
                KubernetesResource resource = TYPED.treeToValue(document, KubernetesResource.class);
                if (!(resource instanceof HasMetadata object)) {
                    throw new IllegalArgumentException("document " + index + " (" + document.path("kind").asText()
                            + ") is not a Kubernetes object with metadata");
                }
                objects.add(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifests: " + e.getMessage(), e);
        }
        return objects;
    }

    /** fabric8 picks the type by apiVersion and kind; without them it reads nothing that says which is missing. */
    private static void requireTypeFields(JsonNode document, int index) {
        List<String> absent = Stream.of("apiVersion", "kind")
                .filter(field -> !document.path(field).isTextual() || document.path(field).asText().isBlank())
                .toList();
        if (!absent.isEmpty()) {
            String kind = document.path("kind").isTextual() ? " (" + document.path("kind").asText() + ")" : "";
            throw new IllegalArgumentException("document " + index + kind + " has no " + String.join(" and no ", absent)
                    + ", so it is not a Kubernetes object");
        }
    }
}
