package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manifesto.render.ManifestFile;
import io.manifesto.render.ManifestSerializer;

import java.util.List;

/** A {@code kustomization.yaml}: its resources, and the JSON 6902 patches with the object each one targets. */
final class Kustomization {

    static final String FILE_NAME = "kustomization.yaml";

    private final ObjectNode tree = JsonNodeFactory.instance.objectNode();

    Kustomization(List<String> resources) {
        tree.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        tree.put("kind", "Kustomization");
        ArrayNode list = tree.putArray("resources");
        resources.forEach(list::add);
    }

    /** Adds the patch at {@code path} for the object {@code key}. */
    Kustomization patch(String path, ObjectKey key) {
        ArrayNode patches = tree.has("patches") ? (ArrayNode) tree.get("patches") : tree.putArray("patches");
        ObjectNode patch = patches.addObject();
        patch.put("path", path);
        ObjectNode target = patch.putObject("target");
        if (!key.group().isEmpty()) {
            target.put("group", key.group());
        }
        target.put("version", key.version());
        target.put("kind", key.kind());
        // kustomize reads a target name as an anchored regular expression; '.' is the one such character a name has
        target.put("name", key.name().replace(".", "\\."));
        return this;
    }

    ManifestFile file() {
        return new ManifestFile(FILE_NAME, ManifestSerializer.yaml(List.of(tree)));
    }
}
