package io.manifesto.annotations.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** The documents of a generated {@code kubernetes.yml}, to look objects up by kind and name. */
public final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<JsonNode> documents;

    private Manifests(List<JsonNode> documents) {
        this.documents = documents;
    }

    /** Parses every document of {@code yaml}. */
    public static Manifests parse(String yaml) {
        try (var parser = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            parser.forEachRemaining(documents::add);
            return new Manifests(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object {@code kind/name}. */
    public JsonNode get(String kind, String name) {
        return documents.stream()
                .filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText()
                        .equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(kind + "/" + name + " not in " + kinds()));
    }

    /** {@code Kind/name} of every object, in file order. */
    public List<String> kinds() {
        return documents.stream()
                .map(d -> d.path("kind").asText() + "/" + d.path("metadata").path("name").asText())
                .toList();
    }
}
