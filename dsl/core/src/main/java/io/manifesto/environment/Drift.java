package io.manifesto.environment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Application;
import io.manifesto.objects.ApplyOrder;
import io.manifesto.objects.ResourceId;
import io.manifesto.render.ManifestSerializer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What differs between two renderings (two environments of one definition, or any two object sets), object by
 * object and field by field, compared on the bytes that would be written: the canonical trees of the serializer.
 *
 * <pre>{@code
 * Drift drift = Manifesto.diff(definition.application(STAGING), definition.application(PROD));
 * System.out.print(drift);          // ~ Deployment/web / spec.replicas: 2 -> 3 ...
 * }</pre>
 *
 * @param left    the name of the first rendering, e.g. {@code staging}
 * @param right   the name of the second rendering, e.g. {@code prod}
 * @param objects every object that differs, in apply order (kind), then by kind and name
 */
public record Drift(String left, String right, List<ObjectDrift> objects) {

    public Drift {
        objects = List.copyOf(objects);
    }

    /** The drift between two built applications, named after their namespaces (or names). */
    public static Drift between(Application left, Application right) {
        return between(left.namespace().orElse(left.name()), left.resources(),
                right.namespace().orElse(right.name()), right.resources());
    }

    /** The drift between two object sets: what the annotation path, raw YAML or a space transform produced. */
    public static Drift between(String leftName, List<? extends HasMetadata> left, String rightName,
                                List<? extends HasMetadata> right) {
        Map<String, ObjectNode> leftTrees = trees(left);
        Map<String, ObjectNode> rightTrees = trees(right);
        TreeSet<String> ids = new TreeSet<>(Comparator.comparingInt((String id) -> ApplyOrder.rank(kindOf(id)))
                .thenComparing(Comparator.naturalOrder()));
        ids.addAll(leftTrees.keySet());
        ids.addAll(rightTrees.keySet());
        List<ObjectDrift> drifts = new ArrayList<>();
        for (String id : ids) {
            ObjectNode a = leftTrees.get(id);
            ObjectNode b = rightTrees.get(id);
            if (b == null) {
                drifts.add(new ObjectDrift(id, ObjectDrift.Change.ONLY_LEFT, List.of()));
            } else if (a == null) {
                drifts.add(new ObjectDrift(id, ObjectDrift.Change.ONLY_RIGHT, List.of()));
            } else {
                List<FieldDrift> fields = TreeDiff.compare(a, b);
                if (!fields.isEmpty()) {
                    drifts.add(new ObjectDrift(id, ObjectDrift.Change.CHANGED, fields));
                }
            }
        }
        return new Drift(leftName, rightName, drifts);
    }

    /** {@code true} when both renderings hold the same objects with the same fields. */
    public boolean isEmpty() {
        return objects.isEmpty();
    }

    /** Every field difference, each as {@code Kind/name path}, for allow-lists. */
    public List<String> differences() {
        List<String> all = new ArrayList<>();
        for (ObjectDrift object : objects) {
            if (object.change() == ObjectDrift.Change.CHANGED) {
                object.fields().forEach(f -> all.add(object.object() + " " + f.path()));
            } else {
                all.add(object.object());
            }
        }
        return all;
    }

    /** A header line {@code <left> -> <right>: n objects differ}, then one block per object. */
    @Override
    public String toString() {
        String header = left + " -> " + right + ": " + objects.size()
                + (objects.size() == 1 ? " object differs" : " objects differ");
        return header + objects.stream().map(o -> "\n" + o).collect(Collectors.joining()) + "\n";
    }

    private static String kindOf(String id) {
        return id.substring(0, id.indexOf('/'));
    }

    /**
     * The canonical trees by {@code Kind/name}; when one set has an object of one kind and name in several
     * namespaces, each is known as {@code Kind/name in <namespace>}, so none hides another.
     */
    private static Map<String, ObjectNode> trees(List<? extends HasMetadata> objects) {
        Map<String, Long> counts = objects.stream()
                .collect(Collectors.groupingBy(o -> ResourceId.of(o).toString(), Collectors.counting()));
        Map<String, ObjectNode> trees = new TreeMap<>();
        for (HasMetadata object : objects) {
            String id = ResourceId.of(object).toString();
            String namespace = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
            trees.put(counts.get(id) > 1 ? id + " in " + namespace : id, ManifestSerializer.canonical(object));
        }
        return trees;
    }
}
