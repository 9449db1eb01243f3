package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.manifesto.core.Model;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cluster autoscaler's eviction hint, a pod template annotation
 * ({@code spec.template.metadata.annotations["cluster-autoscaler.kubernetes.io/safe-to-evict"]}, the string
 * {@code "true"} or {@code "false"}): {@code "false"} keeps the autoscaler from removing a node these pods run on
 * (for pods with local storage or long jobs); {@code "true"} lets it evict pods it would otherwise keep.
 *
 * @param safe the annotation's value
 */
public record EvictionHint(boolean safe) implements PodTrait {

    /** The annotation key. */
    public static final String ANNOTATION = "cluster-autoscaler.kubernetes.io/safe-to-evict";
    /** Rule id: the workload sets the same annotation by hand, to the other value. */
    public static final String CONFLICT = "eviction.conflicting-annotation";
    /**
     * Rule id: the workload has both {@code safeToEvict()} and {@code notSafeToEvict()}; the annotation holds one
     * value, so the last would silently win.
     */
    public static final String CONFLICTING_HINTS = "eviction.conflicting-hints";

    /** {@code safe-to-evict: "true"}: the autoscaler may evict these pods to remove a node. */
    public static EvictionHint safeToEvict() {
        return new EvictionHint(true);
    }

    /** {@code safe-to-evict: "false"}: the autoscaler never removes a node these pods run on. */
    public static EvictionHint notSafeToEvict() {
        return new EvictionHint(false);
    }

    @Override
    public void validate(Workload<?> workload, Model model, Problems.Scope pod) {
        List<EvictionHint> hints = workload.traits(EvictionHint.class);
        // The rendered annotation is the last hint's.
        if (reportsFor(hints) && hints.stream().anyMatch(h -> h.safe != safe)) {
            boolean last = hints.get(hints.size() - 1).safe;
            pod.error(CONFLICTING_HINTS, "metadata.annotations." + ANNOTATION, Boolean.toString(last),
                    "the pods have both safeToEvict() and notSafeToEvict(), and the annotation holds one value, so"
                            + " only the last, \"" + last + "\", would be kept",
                    "keep one: safeToEvict() lets the cluster autoscaler evict these pods to remove a node,"
                            + " notSafeToEvict() keeps every node they run on");
        }
        String written = workload.podAnnotations().get(ANNOTATION);
        if (written != null && !written.equals(Boolean.toString(safe))) {
            pod.error(CONFLICT, "metadata.annotations." + ANNOTATION, written,
                    "the pod annotation says \"" + written + "\" while the eviction hint says \"" + safe + "\"",
                    "remove .podAnnotation(\"" + ANNOTATION + "\", ...) and keep the eviction hint");
        }
    }

    @Override
    public void applyTo(PodTemplateSpec template) {
        ObjectMeta metadata = template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
        Map<String, String> annotations = new TreeMap<>();
        if (metadata.getAnnotations() != null) {
            annotations.putAll(metadata.getAnnotations());
        }
        annotations.put(ANNOTATION, Boolean.toString(safe));
        metadata.setAnnotations(annotations);
        template.setMetadata(metadata);
    }
}
