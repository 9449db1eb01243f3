package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The JSON Patch (RFC 6902) that turns the shared part of an object into one environment's object. The shared part
 * is a {@link SharedPart#of common subset} of the object, so the patch only adds: each field the environment has and
 * the shared part lacks, at the deepest map both have (list elements by index, as the shared part keeps a list only
 * when it has the same length everywhere).
 */
final class JsonPatch {

    private JsonPatch() {
    }

    /** The {@code add} operations that turn {@code shared} into {@code target}, in key order. */
    static ArrayNode from(JsonNode shared, JsonNode target) {
        ArrayNode operations = JsonNodeFactory.instance.arrayNode();
        addMissing("", shared, target, operations);
        return operations;
    }

    private static void addMissing(String path, JsonNode shared, JsonNode target, ArrayNode operations) {
        if (shared.equals(target)) {
            return;
        }
        if (target.isArray()) {
            for (int i = 0; i < target.size(); i++) {
                addMissing(path + "/" + i, shared.get(i), target.get(i), operations);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> field : target.properties()) {
            String childPath = path + "/" + escape(field.getKey());
            JsonNode sharedValue = shared.get(field.getKey());
            if (sharedValue == null) {
                ObjectNode add = operations.addObject();
                add.put("op", "add");
                add.put("path", childPath);
                add.set("value", field.getValue());
            } else {
                addMissing(childPath, sharedValue, field.getValue(), operations);
            }
        }
    }

    /** A JSON Pointer token: {@code ~} as {@code ~0}, {@code /} as {@code ~1} ({@code app.kubernetes.io~1name}). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
