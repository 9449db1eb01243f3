package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Applies a JSON 6902 patch as kustomize does, for the operation the export writes ({@code add} into a map): an
 * independent reading of the patch files, so the test does not trust the code that wrote them.
 */
final class PatchApplier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PatchApplier() {
    }

    static ObjectNode apply(ObjectNode object, String patchJson) {
        ObjectNode result = object.deepCopy();
        try {
            for (JsonNode operation : JSON.readTree(patchJson)) {
                if (!operation.path("op").asText().equals("add")) {
                    throw new AssertionError("unexpected operation " + operation);
                }
                String[] tokens = operation.path("path").asText().substring(1).split("/", -1);
                JsonNode node = result;
                for (int i = 0; i < tokens.length - 1; i++) {
                    node = node.isArray() ? node.get(Integer.parseInt(tokens[i])) : node.get(unescape(tokens[i]));
                }
                ObjectNode parent = (ObjectNode) node;
                String last = unescape(tokens[tokens.length - 1]);
                if (parent.has(last)) {
                    throw new AssertionError("add over an existing field " + operation.path("path").asText());
                }
                parent.set(last, operation.get("value"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
