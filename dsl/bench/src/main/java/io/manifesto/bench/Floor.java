package io.manifesto.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.UncheckedIOException;
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
