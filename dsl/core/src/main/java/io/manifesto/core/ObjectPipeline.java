package io.manifesto.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.manifesto.objects.ApplyOrder;
import io.manifesto.objects.Origin;
import io.manifesto.objects.Resource;
import io.manifesto.objects.ResourceId;
import io.manifesto.objects.ResourceScope;
import io.manifesto.render.ManifestSerializer;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From a model to the objects that will be applied: render every component, give namespaced objects the
 * application's namespace, apply the customizations, remember where each object came from, sort into apply order;
 * then the canonical trees the serializer writes. What fails on the way is reported, never thrown.
 */
final class ObjectPipeline {

    private ObjectPipeline() {
    }

    static List<HasMetadata> renderComponents(Model model) {
        List<HasMetadata> objects = new ArrayList<>();
        for (Component component : model.components()) {
            objects.addAll(component.render(model));
        }
        fillNamespace(model, objects);
        return objects;
    }

    /** Every namespaced object without a namespace of its own gets the application's. */
    private static void fillNamespace(Model model, List<HasMetadata> objects) {
        model.namespace().ifPresent(namespace -> objects.stream()
                .filter(ResourceScope::isNamespaced)
                .map(ObjectPipeline::metadata)
                .filter(meta -> meta.getNamespace() == null)
                .forEach(meta -> meta.setNamespace(namespace)));
    }

    static List<HasMetadata> customize(List<HasMetadata> objects, List<Customization<?>> customizations) {
        customizeIndexed(objects, customizations, Collections.newSetFromMap(new IdentityHashMap<>()));
        objects.sort(ApplyOrder.COMPARATOR);
        return objects;
    }

    /**
     * Applies each customization, in order, to the objects it matches, found by their rendered names in a map (a large
     * application may customize thousands of its objects). Each object changed is added to {@code changed} as soon
     * as its change has run, so a later customization that throws leaves it known.
     */
    private static void customizeIndexed(List<HasMetadata> objects, List<Customization<?>> customizations,
                                         Set<HasMetadata> changed) {
        Map<String, List<HasMetadata>> byName = byName(objects);
        for (Customization<?> customization : customizations) {
            for (HasMetadata object : byName.getOrDefault(customization.name(), List.of())) {
                if (customization.matches(object)) {
                    customization.apply(object);
                    changed.add(object);
                }
            }
        }
    }

    private static Map<String, List<HasMetadata>> byName(List<HasMetadata> objects) {
        Map<String, List<HasMetadata>> byName = new HashMap<>();
        objects.forEach(object -> byName.computeIfAbsent(nameOf(object), k -> new ArrayList<>()).add(object));
        return byName;
    }

    private static String nameOf(HasMetadata object) {
        return object.getMetadata() == null ? "" : String.valueOf(object.getMetadata().getName());
    }

    private static ObjectMeta metadata(HasMetadata object) {
        if (object.getMetadata() == null) {
            object.setMetadata(new ObjectMeta());
        }
        return object.getMetadata();
    }

    /**
     * The objects that will be applied, with their origins, customized and in apply order. What fails here is a
     * bug or a customization's mistake: reported, never thrown; {@code quiet} when the DSL rules already found
     * errors, which may be why a component cannot render.
     */
    static List<Resource> render(Model model, List<Customization<?>> customizations, Problems problems,
                                 boolean quiet) {
        Problems.Scope application = problems.at("Application/" + model.application());
        Map<HasMetadata, Origin> origins = new IdentityHashMap<>();
        List<HasMetadata> objects = new ArrayList<>();
        for (Component component : model.components()) {
            try {
                Origin origin = component instanceof RawComponent ? Origin.RAW : Origin.DSL;
                component.render(model).forEach(object -> {
                    objects.add(object);
                    origins.put(object, origin);
                });
            } catch (RuntimeException e) {
                if (!quiet) {
                    application.error(Application.COMPONENT_FAILED_RULE, "", null, "rendering threw " + e,
                            "report it as a bug, with the definition that caused it");
                }
            }
        }
        fillNamespace(model, objects);
        boolean unknown = false;
        Map<String, List<HasMetadata>> byName = byName(objects);
        for (Customization<?> customization : customizations) {
            if (!quiet && byName.getOrDefault(customization.name(), List.of()).stream()
                    .noneMatch(customization::matches)) {
                unknown = true;
                problems.at(customization.describe()).error(Application.CUSTOMIZE_UNKNOWN_RULE, "metadata.name",
                        customization.name(), "the application renders no such object to customize",
                        "use the fabric8 class and name of a rendered object, one of " + describe(objects));
            }
        }
        if (!unknown) {
            Set<HasMetadata> changed = Collections.newSetFromMap(new IdentityHashMap<>());
            try {
                customizeIndexed(objects, customizations, changed);
            } catch (RuntimeException e) {
                application.error(Application.CUSTOMIZE_FAILED_RULE, "customize", null, "a customization threw " + e,
                        "fix the customization; it must only change the object it is given");
            }
            for (HasMetadata object : changed) {
                origins.put(object, origins.get(object).customizedCopy());
            }
        }
        objects.sort(ApplyOrder.COMPARATOR);
        return objects.stream().map(object -> new Resource(object, namespaceOf(object), origins.get(object)))
                .toList();
    }

    /** The objects to apply, then the ones components declare to exist at deploy time (checked, not written). */
    static List<Resource> withDeclared(Model model, List<Resource> resources) {
        List<Resource> all = new ArrayList<>(resources);
        for (Component component : model.components()) {
            for (HasMetadata object : component.declares(model)) {
                fillNamespace(model, List.of(object));
                all.add(new Resource(object, namespaceOf(object), Origin.DECLARED));
            }
        }
        return all;
    }

    private static String namespaceOf(HasMetadata object) {
        return ResourceScope.isNamespaced(object) ? ResourceScope.namespaceOf(object).orElse("") : "";
    }

    /** The canonical trees; a value that Jackson cannot write is reported: by a customization, or a bug. */
    static List<ObjectNode> serialize(List<Resource> resources, Problems problems) {
        List<ObjectNode> documents = new ArrayList<>();
        for (Resource resource : resources) {
            HasMetadata object = resource.object();
            try {
                documents.add(ManifestSerializer.canonical(object));
            } catch (RuntimeException e) {
                SerializationFailure failure = SerializationFailure.of(e);
                Problems.Scope scope = problems.at(ResourceId.of(object).toString());
                if (resource.origin().customized()) {
                    scope.error(Application.CUSTOMIZE_FAILED_RULE, failure.field(), failure.type(),
                            "a customization left a value of a class that cannot be written as YAML",
                            "set only strings, numbers, booleans, lists, maps and fabric8 model objects");
                } else {
                    scope.error(Application.COMPONENT_FAILED_RULE, failure.field(), failure.type(),
                            "the rendered object cannot be written as YAML",
                            "report it as a bug, with the definition that caused it");
                }
            }
        }
        return documents;
    }

    private static String describe(List<HasMetadata> objects) {
        return objects.stream().map(o -> o.getClass().getSimpleName() + "/" + ResourceId.of(o).name())
                .sorted().toList().toString();
    }
}
