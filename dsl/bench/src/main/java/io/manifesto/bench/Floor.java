package io.manifesto.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor Manifesto is measured against: the same objects as {@link SeedApp}, built directly with fabric8's
 * builders ({@link FloorObjects}) and written by a plain Jackson {@link YAMLMapper}: no rules, no canonical tree, no
 * kubectl quoting. What any generator has to pay at least.
 */
public final class Floor {

    private static final ObjectWriter YAML = new YAMLMapper().writer();

    private Floor() {
    }

    /**
     * Writes apps {@code 0..n-1} to {@code directory} the floor's way: one file per app ({@code web-<i>.yaml}), or
     * one file {@code apps.yaml} for all, streamed object by object so nothing but the current object is held.
     */
    public static void write(int n, Shape shape, SeedApp.Variant variant, Path directory) throws IOException {
        Files.createDirectories(directory);
        if (shape == Shape.ALL_IN_ONE) {
            try (Writer out = Files.newBufferedWriter(directory.resolve("apps.yaml"), StandardCharsets.UTF_8);
                 SequenceWriter documents = YAML.writeValues(out)) {
                for (int i = 0; i < n; i++) {
                    documents.writeAll(FloorObjects.of(i, "apps", variant));
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            String name = SeedApp.name(i);
            Files.writeString(directory.resolve(name + ".yaml"), yaml(FloorObjects.of(i, name, variant)),
                    StandardCharsets.UTF_8);
        }
    }

    /** The YAML of {@code objects}, one document each. */
    public static String yaml(List<HasMetadata> objects) {
        StringBuilder out = new StringBuilder();
        for (HasMetadata object : objects) {
            try {
                out.append(YAML.writeValueAsString(object));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
