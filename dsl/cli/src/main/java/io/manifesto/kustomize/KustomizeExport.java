package io.manifesto.kustomize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.manifesto.build.Rendering;
import io.manifesto.render.ManifestFile;
import io.manifesto.render.ManifestSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One definition's environments as a Kustomize tree, for teams that already deploy with Kustomize (or Flux and Argo
 * CD on Kustomize) and adopt Manifesto one service at a time:
 * <ul>
 *   <li>{@code base/}: every object that each environment renders (same apiVersion, kind and name), with only the
 *       fields that are equal everywhere;</li>
 *   <li>{@code overlays/<environment>/}: {@code ../../base}, one JSON 6902 patch per shared object that differs
 *       ({@code patches/<kind>-<name>.json}, only {@code add} operations), and the objects only some environments
 *       render ({@code <application>.yaml}).</li>
 * </ul>
 * {@code kubectl kustomize overlays/<environment>} then gives the objects of the direct render.
 */
public final class KustomizeExport {

    private static final String AMBIGUOUS = "@";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private KustomizeExport() {
    }

    /**
     * The files of the tree by folder ({@code base}, {@code overlays/prod}, {@code overlays/prod/patches}), for
     * {@code renderings}: one application per environment, in the definition's order.
     */
    public static Map<String, List<ManifestFile>> of(List<Rendering> renderings) {
        String application = renderings.get(0).application().name();
        Map<String, Map<ObjectKey, ObjectNode>> byEnvironment = new LinkedHashMap<>();
        renderings.forEach(rendering -> byEnvironment.put(rendering.environment().name(),
                objects(rendering.application().toYaml())));
        Map<ObjectKey, ObjectNode> shared = shared(byEnvironment.values());

        Map<String, List<ManifestFile>> files = new LinkedHashMap<>();
        List<String> baseResources = shared.isEmpty() ? List.of() : List.of(application + ".yaml");
        files.put("base", new ArrayList<>(List.of(new Kustomization(baseResources).file())));
        if (!shared.isEmpty()) {
            files.get("base").add(new ManifestFile(application + ".yaml",
                    ManifestSerializer.yaml(List.copyOf(shared.values()))));
        }
        byEnvironment.forEach((environment, objects) ->
                files.putAll(overlay(environment, application, objects, shared)));
        return files;
    }

    private static Map<String, List<ManifestFile>> overlay(String environment, String application,
                                                           Map<ObjectKey, ObjectNode> objects,
                                                           Map<ObjectKey, ObjectNode> shared) {
        String folder = "overlays/" + environment;
        List<ObjectNode> own = objects.entrySet().stream().filter(entry -> !shared.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        List<String> resources = new ArrayList<>(List.of("../../base"));
        if (!own.isEmpty()) {
            resources.add(application + ".yaml");
        }
        Kustomization kustomization = new Kustomization(resources);
        List<ManifestFile> patches = new ArrayList<>();
        shared.forEach((key, base) -> {
            ArrayNode patch = JsonPatch.from(base, objects.get(key));
            if (!patch.isEmpty()) {
                patches.add(new ManifestFile(key.patchFileName(), json(patch)));
                kustomization.patch("patches/" + key.patchFileName(), key);
            }
        });
        Map<String, List<ManifestFile>> files = new LinkedHashMap<>();
        List<ManifestFile> overlay = new ArrayList<>(List.of(kustomization.file()));
        if (!own.isEmpty()) {
            overlay.add(new ManifestFile(application + ".yaml", ManifestSerializer.yaml(own)));
        }
        files.put(folder, overlay);
        if (!patches.isEmpty()) {
            files.put(folder + "/patches", patches);
        }
        return files;
    }

    /** The objects every environment has, each reduced to its shared part, in the first environment's order. */
    private static Map<ObjectKey, ObjectNode> shared(Collection<Map<ObjectKey, ObjectNode>> environments) {
        Map<ObjectKey, ObjectNode> shared = new LinkedHashMap<>();
        Map<ObjectKey, ObjectNode> first = environments.iterator().next();
        for (ObjectKey key : first.keySet()) {
            if (key.name().contains(AMBIGUOUS)) {
                continue;
            }
            List<ObjectNode> versions = environments.stream().map(objects -> objects.get(key)).toList();
            if (versions.stream().allMatch(version -> version != null)) {
                shared.put(key, SharedPart.of(versions));
            }
        }
        return shared;
    }

    /**
     * The objects of one environment's YAML by key, in apply order. Two objects with one key (same kind and name in
     * two namespaces) cannot be told apart by a patch target without the namespace, so they get a key that is never
     * shared: the name, {@value #AMBIGUOUS} (which no Kubernetes name holds) and the namespace.
     */
    static Map<ObjectKey, ObjectNode> objects(String yaml) {
        Map<ObjectKey, ObjectNode> objects = new LinkedHashMap<>();
        Map<ObjectKey, Integer> counts = new TreeMap<>();
        List<ObjectNode> all = read(yaml);
        all.forEach(object -> counts.merge(ObjectKey.of(object), 1, Integer::sum));
        for (ObjectNode object : all) {
            ObjectKey key = ObjectKey.of(object);
            if (counts.get(key) == 1) {
                objects.put(key, object);
            } else {
                String namespace = object.path("metadata").path("namespace").asText();
                objects.put(new ObjectKey(key.apiVersion(), key.kind(), key.name() + AMBIGUOUS + namespace), object);
            }
        }
        return objects;
    }

    static List<ObjectNode> read(String yaml) {
        try (var parser = YAML.createParser(yaml)) {
            List<ObjectNode> documents = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node instanceof ObjectNode object) {
                    documents.add(object);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rendered YAML: " + e.getMessage(), e);
        }
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a JSON patch", e);
        }
    }
}
