package io.manifesto.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one serializer of rendered objects. It owns its Jackson mappers (fabric8's own serialization keeps maps in
 * insertion order) and produces the same bytes on every run, JVM, locale and time zone:
 * <ul>
 *   <li>map keys sorted, at every depth;</li>
 *   <li>no nulls, empty lists or empty maps, except where an empty map means something to Kubernetes:
 *       {@code emptyDir: {}}, cert-manager's {@code selfSigned: {}} and {@code http01: {ingress: {}}}, and the
 *       selectors whose empty form selects everything ({@code podSelector}, {@code namespaceSelector},
 *       {@code selector}, {@code labelSelector});</li>
 *   <li>YAML: one document per object, each opened by {@code ---}, {@code \n} line endings, no line folding,
 *       every string that kubectl would read as a number, boolean, null or timestamp quoted, and every string
 *       holding a Unicode line break (U+0085, U+2028, U+2029) double-quoted and escaped;</li>
 *   <li>durations in Go's short form ({@code 2160h}, not fabric8's nanoseconds);</li>
 *   <li>JSON: a {@code v1 List}, two-space indentation, {@code \n} line endings.</li>
 * </ul>
 */
public final class ManifestSerializer {

    /** Keys whose empty map is meaningful and therefore kept. */
    static final Set<String> MEANINGFUL_EMPTY = Set.of(
            "emptyDir", "selfSigned", "podSelector", "namespaceSelector", "selector", "labelSelector",
            "http01", "ingress");

    /** Reads objects into trees whose maps are sorted as they are built ({@link SortedNodeFactory}). */
    static final ObjectMapper TREE = new ObjectMapper()
            .addMixIn(Duration.class, GoDurationSerializer.MixIn.class)
            .setNodeFactory(SortedNodeFactory.INSTANCE);

    private static final KubectlQuoting QUOTING = new KubectlQuoting();

    private static final ObjectWriter YAML = new YAMLMapper(new ManifestYamlFactory(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .stringQuotingChecker(QUOTING))).writer();

    /** {@link #YAML} onto a caller's writer, which it leaves open. */
    private static final ObjectWriter YAML_TO_STREAM = YAML.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes most documents directly; the rest go through {@link #YAML}. */
    private static final PlainYamlEmitter PLAIN = new PlainYamlEmitter(QUOTING);

    private static final ObjectWriter JSON;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    private ManifestSerializer() {
    }

    /** The object as a canonical tree: keys sorted, nulls and empties pruned. */
    public static ObjectNode canonical(HasMetadata object) {
        ObjectNode tree = (ObjectNode) TreeGenerator.tree(TREE, object)
                .orElseGet(() -> TREE.valueToTree(object));
        prune(tree);
        return tree;
    }

    /** Multi-document YAML: each tree as a document opened by {@code ---}. */
    public static String yaml(List<ObjectNode> documents) {
        StringWriter out = new StringWriter();
        writeYaml(documents, out);
        return out.toString();
    }

    /**
     * Writes the multi-document YAML of {@link #yaml(List)} to {@code out} as it goes, without building it as one
     * string first: for large sets written straight to a file. {@code out} is flushed, not closed.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void writeYaml(List<ObjectNode> documents, Writer out) {
        StringBuilder buffer = new StringBuilder(4096);
        try {
            for (ObjectNode document : documents) {
                buffer.setLength(0);
                if (PLAIN.write(document, buffer)) {
                    out.append(buffer);
                } else {
                    YAML_TO_STREAM.writeValue(out, document);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write YAML: " + e.getMessage(), e);
        }
    }

    /** {@link #yaml(List)} as Jackson alone writes it: what {@link PlainYamlEmitter} must match byte for byte. */
    static String jacksonYaml(List<ObjectNode> documents) {
        StringBuilder out = new StringBuilder();
        documents.forEach(document -> out.append(write(YAML, document)));
        return out.toString();
    }

    /** One JSON document: a {@code v1 List} whose items are the trees. */
    public static String json(List<ObjectNode> documents) {
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.put("apiVersion", "v1");
        ArrayNode items = list.putArray("items");
        documents.forEach(items::add);
        list.put("kind", "List");
        return write(JSON, list) + "\n";
    }

    /** Reads a canonical tree back into the fabric8 class of the object, e.g. to compare or re-render. */
    public static <T extends HasMetadata> T toObject(ObjectNode tree, Class<T> type) {
        return TREE.convertValue(tree, type);
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialize a canonical tree, which holds only JSON values", e);
        }
    }

    /**
     * Removes, in place and depth first, the nulls and the empty lists and maps that {@link #keep} drops. Object
     * nodes of {@link #TREE} are sorted already, so nothing is copied.
     */
    private static void prune(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                prune(field.getValue());
                if (!keep(field.getKey(), field.getValue())) {
                    fields.remove();
                }
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode element = array.get(i);
                prune(element);
                if (element.isNull()) {
                    array.remove(i);
                }
            }
        }
    }

    private static boolean keep(String key, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isContainerNode() && value.isEmpty()) {
            return value.isObject() && MEANINGFUL_EMPTY.contains(key);
        }
        return true;
    }
}
