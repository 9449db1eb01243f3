package io.manifesto.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.manifesto.objects.FieldPositions;
import io.manifesto.validate.SourcePosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the documents of a YAML (or JSON) text into trees and remembers the line of every field, so that a problem
 * on {@code spec.template.spec.containers[web].image} can name {@code web.yaml:23}. List items are found by their
 * {@code name} where they have one (as problems name them), and by index too.
 */
final class PositionedTree {

    private static final JsonFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One document: its tree and the line it starts on. */
    record Document(JsonNode tree, int line, Map<JsonNode, Integer> valueLines,
                    Map<ObjectNode, Map<String, Integer>> keyLines) {

        /** The positions of the fields of {@code node} (this tree or a part of it), in {@code file}. */
        FieldPositions positions(String file, JsonNode node) {
            Map<String, SourcePosition> positions = new HashMap<>();
            collect(file, node, "", positions);
            return new FieldPositions(positions);
        }

        private void collect(String file, JsonNode node, String path, Map<String, SourcePosition> out) {
            if (node instanceof ObjectNode object) {
                Map<String, Integer> keys = keyLines.getOrDefault(object, Map.of());
                object.fields().forEachRemaining(field -> {
                    int line = keys.getOrDefault(field.getKey(), 0);
                    String dotted = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    out.putIfAbsent(dotted, new SourcePosition(file, line));
                    if (!path.isEmpty()) {
                        out.putIfAbsent(path + "[" + field.getKey() + "]", new SourcePosition(file, line));
                    }
                    collect(file, field.getValue(), dotted, out);
                });
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode item = array.get(i);
                    int line = valueLines.getOrDefault(item, 0);
                    String indexed = path + "[" + i + "]";
                    out.putIfAbsent(indexed, new SourcePosition(file, line));
                    collect(file, item, indexed, out);
                    JsonNode name = item.path("name");
                    if (name.isTextual() && !name.asText().isEmpty()) {
                        String named = path + "[" + name.asText() + "]";
                        out.putIfAbsent(named, new SourcePosition(file, line));
                        collect(file, item, named, out);
                    }
                }
            }
        }
    }

    private PositionedTree() {
    }

    /**
     * The documents of {@code text}, JSON when {@code json}, else YAML (which also reads JSON).
     *
     * @throws IOException on a syntax error, with its location
     */
    static List<Document> read(String text, boolean json) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                Map<JsonNode, Integer> valueLines = new IdentityHashMap<>();
                Map<ObjectNode, Map<String, Integer>> keyLines = new IdentityHashMap<>();
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode tree = value(parser, token, valueLines, keyLines);
                documents.add(new Document(tree, line, valueLines, keyLines));
            }
        }
        return documents;
    }

    private static JsonNode value(JsonParser parser, JsonToken token, Map<JsonNode, Integer> valueLines,
                                  Map<ObjectNode, Map<String, Integer>> keyLines) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                Map<String, Integer> keys = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    keys.put(name, parser.currentTokenLocation().getLineNr());
                    object.set(name, value(parser, parser.nextToken(), valueLines, keyLines));
                }
                keyLines.put(object, keys);
                node = object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(parser, next, valueLines, keyLines));
                }
                node = array;
            }
            case VALUE_STRING -> node = NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> node = switch (parser.getNumberType()) {
                // typed readers (fabric8's IntOrString) take an int as an int node only
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> node = NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> node = NODES.booleanNode(true);
            case VALUE_FALSE -> node = NODES.booleanNode(false);
            case VALUE_NULL -> node = NODES.nullNode();
            default -> node = NODES.textNode(parser.getText());
        }
        valueLines.put(node, line);
        return node;
    }
}
