package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * What one object has in common across environments: the fields whose values are equal in every environment, maps
 * compared field by field, and lists of one length element by element when every element has a common part (the
 * containers of a pod, whose env differs). A value, or a list of another length, that differs anywhere is left out
 * whole, for each overlay to add.
 */
final class SharedPart {

    private SharedPart() {
    }

    /** The common subset of {@code versions}, the same object as each environment renders it. */
    static ObjectNode of(List<? extends JsonNode> versions) {
        return (ObjectNode) common(versions);
    }

    private static JsonNode common(List<? extends JsonNode> versions) {
        JsonNode first = versions.get(0);
        if (versions.stream().allMatch(first::equals)) {
            return first;
        }
        if (versions.stream().allMatch(version -> version.isArray() && version.size() == first.size())) {
            return commonElements(versions);
        }
        if (!versions.stream().allMatch(JsonNode::isObject)) {
            return null;
        }
        ObjectNode shared = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : first.properties()) {
            List<JsonNode> values = versions.stream().map(version -> version.get(field.getKey())).toList();
            if (values.stream().allMatch(value -> value != null)) {
                JsonNode value = common(values);
                if (value != null) {
                    shared.set(field.getKey(), value);
                }
            }
        }
        return shared;
    }

    /** The element-wise common part, or {@code null} when one element has none (a list cannot leave a gap). */
    private static JsonNode commonElements(List<? extends JsonNode> versions) {
        ArrayNode shared = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < versions.get(0).size(); i++) {
            int index = i;
            JsonNode element = common(versions.stream().map(version -> version.get(index)).toList());
            if (element == null) {
                return null;
            }
            shared.add(element);
        }
        return shared;
    }
}
