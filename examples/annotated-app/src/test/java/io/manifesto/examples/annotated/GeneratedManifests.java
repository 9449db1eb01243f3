package io.manifesto.examples.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/** The manifests javac wrote while compiling {@link ShopApplication}, read from the class path. */
final class GeneratedManifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GeneratedManifests() {
    }

    /** {@code META-INF/dekorate/<name>} as written. */
    static String text(String name) {
        try (InputStream in = Objects.requireNonNull(
                ShopApplication.class.getResourceAsStream("/META-INF/dekorate/" + name), name + " not generated")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of {@code yaml}. */
    static List<JsonNode> documents(String yaml) {
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            values.forEachRemaining(documents::add);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document of {@code kind/name}. */
    static JsonNode find(List<JsonNode> documents, String kind, String name) {
        return documents.stream()
                .filter(d -> d.path("kind").asText().equals(kind)
                        && d.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(kind + "/" + name));
    }
}
