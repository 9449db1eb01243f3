package io.manifesto.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One single-field corruption of a rendered document, as a user's slip in a YAML file would make it: a scalar of
 * another JSON type, an invalid enum value, a deleted field (required or not), a key renamed to an unknown one, a
 * negative number, an empty string. {@link #apply} picks the field and the kind from a seeded {@link Random}, so a
 * corruption seed reproduces it.
 *
 * @param kind        what was done
 * @param path        the field, e.g. {@code spec.template.spec.containers[0].image}
 * @param description what was done, for the header of a kept document and the statistics
 */
record Corruption(Kind kind, String path, String description) {

    /** The kinds of corruption. */
    enum Kind {
        /** A scalar of another JSON type: a string for a number or a boolean, a number for a string. */
        TYPE,
        /** A string field set to a value no enum has. */
        ENUM,
        /** A field deleted. */
        DELETE,
        /** A key renamed to one the schema does not have. */
        RENAME,
        /** A number made negative. */
        NEGATIVE,
        /** A string field set to {@code ""}. */
        EMPTY
    }

    /** A field of a document: its container (object or array), its key or index, and its path. */
    private record Field(JsonNode parent, String key, int index, String path) {

        JsonNode value() {
            return parent.isObject() ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent.isObject()) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    /** Corrupts one field of {@code document} in place, chosen by {@code random}, and says what it did. */
    static Corruption apply(ObjectNode document, Random random) {
        List<Field> fields = new ArrayList<>();
        collect(document, "", fields);
        Field field = fields.get(random.nextInt(fields.size()));
        List<Kind> kinds = applicable(field);
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        JsonNode before = field.value();
        String was = before.isContainerNode() ? (before.isArray() ? "a list" : "an object") : before.toString();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (kind) {
            case TYPE -> field.set(before.isTextual() ? IntNode.valueOf(42) : before.isNumber()
                    ? TextNode.valueOf(before.asText()) : before.isBoolean() ? TextNode.valueOf(before.asText())
                    : TextNode.valueOf("text"));
            case ENUM -> field.set(TextNode.valueOf("NoSuchValue"));
            case NEGATIVE -> field.set(nodes.numberNode(-1));
            case EMPTY -> field.set(TextNode.valueOf(""));
            case DELETE -> {
                if (field.parent().isObject()) {
                    ((ObjectNode) field.parent()).remove(field.key());
                } else {
                    ((ArrayNode) field.parent()).remove(field.index());
                }
            }
            case RENAME -> rename((ObjectNode) field.parent(), field.key(), field.key() + "x");
        }
        String now = switch (kind) {
            case DELETE -> "deleted";
            case RENAME -> "renamed to " + field.key() + "x";
            default -> "set to " + field.value();
        };
        return new Corruption(kind, field.path(), kind + " " + field.path() + " (was " + was + "): " + now);
    }

    private static List<Kind> applicable(Field field) {
        JsonNode value = field.value();
        List<Kind> kinds = new ArrayList<>(List.of(Kind.DELETE, Kind.TYPE));
        if (field.parent().isObject()) {
            kinds.add(Kind.RENAME);
        }
        if (value.isTextual()) {
            kinds.addAll(List.of(Kind.ENUM, Kind.EMPTY));
        }
        if (value.isNumber()) {
            kinds.add(Kind.NEGATIVE);
        }
        return kinds;
    }

    private static void collect(JsonNode node, String path, List<Field> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String at = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                fields.add(new Field(node, entry.getKey(), -1, at));
                collect(entry.getValue(), at, fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                fields.add(new Field(node, null, i, at));
                collect(node.get(i), at, fields);
            }
        }
    }

    /** Renames {@code key} to {@code renamed} in place, keeping the order of the fields. */
    private static void rename(ObjectNode object, String key, String renamed) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        object.properties().forEach(entry -> copy.put(entry.getKey().equals(key) ? renamed : entry.getKey(),
                entry.getValue()));
        object.removeAll();
        copy.forEach(object::set);
    }
}
