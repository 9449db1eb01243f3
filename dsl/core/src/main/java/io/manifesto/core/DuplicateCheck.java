package io.manifesto.core;

import io.manifesto.objects.ResourceId;
import io.manifesto.objects.ResourceScope;
import io.manifesto.validate.Problems;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The application's check that no two components render one object: the same kind, namespace and name. */
final class DuplicateCheck {

    private DuplicateCheck() {
    }

    /**
     * Reports objects rendered more than once: Kubernetes knows an object by its kind, namespace and name, so
     * raw objects in other namespaces are distinct even with one kind and name.
     */
    static void checkDuplicates(List<Component> all, Model model, Problems problems) {
        Map<Placed, Integer> counts = new TreeMap<>(Comparator.comparing((Placed p) -> p.id().kind())
                .thenComparing(p -> p.id().name()).thenComparing(Placed::namespace));
        all.forEach(c -> c.ids().forEach(id -> counts.merge(new Placed(id, namespaceOf(c, id, model)), 1,
                Integer::sum)));
        counts.forEach((placed, count) -> {
            if (count > 1) {
                ResourceId id = placed.id();
                boolean namespaced = ResourceScope.isNamespaced(id.kind());
                problems.at(id.toString()).error(Application.DUPLICATE_RULE, "metadata.name", id.name(),
                        count + " components render " + id
                                + (placed.namespace().isEmpty() ? "" : " in namespace " + placed.namespace()),
                        "rename one of them: kind and name must be unique "
                                + (namespaced ? "in a namespace" : "in the cluster"));
            }
        });
    }

    /** The namespace the object {@code id} of {@code component} is applied in; empty for none or unknown. */
    private static String namespaceOf(Component component, ResourceId id, Model model) {
        if (component instanceof RawComponent raw) {
            return raw.namespace(model);
        }
        return model.defaultNamespace(id.kind());
    }

    /** An object's identity in a cluster: its kind and name, and its namespace ({@code ""} for none). */
    private record Placed(ResourceId id, String namespace) {
    }
}
