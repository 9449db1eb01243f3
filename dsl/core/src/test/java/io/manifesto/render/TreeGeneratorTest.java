package io.manifesto.render;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.manifesto.render.ManifestSerializer.TREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generator's tree is the tree {@code valueToTree} gives, node type for node type, or none at all. */
class TreeGeneratorTest {

    private static final Path GOLDEN = Path.of("../../golden-manifests");

    @Test
    void buildsForEveryGoldenManifestTheTreeThatValueToTreeGives() throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                objects.addAll(ManifestReader.read(Files.readString(file)));
            }
        }

        assertThat(objects).hasSizeGreaterThan(100);
        for (HasMetadata object : objects) {
            JsonNode expected = TREE.valueToTree(object);
            JsonNode tree = TreeGenerator.tree(TREE, object).orElseThrow();
            assertThat(tree).as(object.getKind() + "/" + object.getMetadata().getName()).isEqualTo(expected);
            assertThat(tree.toString()).isEqualTo(expected.toString());
        }
    }

    @Test
    void givesEachKindOfValueTheNodeTypeValueToTreeGives() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("int", 7);
        values.put("long", 7_000_000_000L);
        values.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        values.put("double", 0.25);
        values.put("float", 1.5f);
        values.put("bigDecimal", new BigDecimal("1.50"));
        values.put("hundred", new BigDecimal("100"));
        values.put("true", Boolean.TRUE);
        values.put("null", null);
        values.put("list", Arrays.asList("a", null, 3, List.of(), Map.of()));
        values.put("binary", new byte[] {1, 2, 3});
        values.put("chars", new char[] {'x', 'y'});
        values.put("emptyMap", Map.of());
        values.put("quantity", new Quantity("250m"));
        values.put("intOrString", List.of(new IntOrString(80), new IntOrString("http")));
        values.put("nested", Map.of("b", Map.of("c", List.of(Map.of("d", 1)))));
        ConfigMap object = new ConfigMapBuilder().withNewMetadata().withName("values").endMetadata()
                .addToData("key", "value").withAdditionalProperties(values).build();

        JsonNode tree = TreeGenerator.tree(TREE, object).orElseThrow();

        JsonNode expected = TREE.valueToTree(object);
        assertThat(tree).isEqualTo(expected);
        assertThat(tree.toString()).as("the text of every value, decimals included").isEqualTo(expected.toString());
        assertThat(tree.get("long").isLong()).isTrue();
        assertThat(tree.get("float").isFloat()).isTrue();
        assertThat(tree.get("binary").isBinary()).isTrue();
    }

    @Test
    void givesNoTreeForRawTextAndTheSerializerFallsBackToValueToTree() {
        ConfigMap object = new ConfigMapBuilder().withNewMetadata().withName("raw").endMetadata()
                .withAdditionalProperties(Map.of("raw", new RawValue("1.0e3"))).build();

        assertThat(TreeGenerator.tree(TREE, object)).isEmpty();
        assertThat(ManifestSerializer.canonical(object).get("raw")).isEqualTo(TREE.valueToTree(object).get("raw"));
    }

    @Test
    void throwsWhatValueToTreeThrowsForAValueJacksonCannotWrite() {
        ConfigMap object = new ConfigMapBuilder().withNewMetadata().withName("bad").endMetadata()
                .withAdditionalProperties(Map.of("thread", new Object())).build();

        assertThatThrownBy(() -> TreeGenerator.tree(TREE, object))
                .isInstanceOf(IllegalArgumentException.class)
                .hasCauseInstanceOf(JsonMappingException.class)
                .hasMessage(catchMessage(object));
    }

    private static String catchMessage(ConfigMap object) {
        try {
            TREE.valueToTree(object);
            throw new AssertionError("valueToTree wrote " + object);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
