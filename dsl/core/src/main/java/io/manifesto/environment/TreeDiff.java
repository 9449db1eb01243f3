package io.manifesto.environment;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares two canonical trees field by field. Lists whose entries all carry a distinct {@code name} (containers,
 * ports, env) are compared by name, so inserting a container does not shift every later one; other lists by index.
 */
final class TreeDiff {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private TreeDiff() {
    }

    static List<FieldDrift> compare(JsonNode left, JsonNode right) {
        List<FieldDrift> drifts = new ArrayList<>();
        walk("", left, right, drifts);
        return drifts;
    }

    private static void walk(String path, JsonNode left, JsonNode right, List<FieldDrift> drifts) {
        if (left != null && right != null && left.equals(right)) {
            return;
        }
        if (left != null && right != null && left.isObject() && right.isObject()) {
            Set<String> keys = new TreeSet<>();
            left.fieldNames().forEachRemaining(keys::add);
            right.fieldNames().forEachRemaining(keys::add);
            keys.forEach(key -> walk(field(path, key), left.get(key), right.get(key), drifts));
        } else if (left != null && right != null && left.isArray() && right.isArray()) {
            Map<String, JsonNode> a = entries(left);
            Map<String, JsonNode> b = entries(right);
            if (a != null && b != null) {
                Set<String> keys = new TreeSet<>(a.keySet());
                keys.addAll(b.keySet());
                keys.forEach(key -> walk(path + "[" + key + "]", a.get(key), b.get(key), drifts));
            } else {
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    walk(path + "[" + i + "]", left.get(i), right.get(i), drifts);
                }
            }
        } else {
            drifts.add(new FieldDrift(path, text(left), text(right)));
        }
    }

    /** The entries by {@code name} when every entry is an object with a distinct name; otherwise {@code null}. */
    private static Map<String, JsonNode> entries(JsonNode list) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            JsonNode entry = it.next();
            JsonNode name = entry.get("name");
            if (!entry.isObject() || name == null || !name.isTextual() || !seen.add(name.asText())) {
                return null;
            }
            byName.put(name.asText(), entry);
        }
        return byName;
    }

    private static String field(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[" + key + "]";
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return FieldDrift.NONE;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
