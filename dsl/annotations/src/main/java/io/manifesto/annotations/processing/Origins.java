package io.manifesto.annotations.processing;

import io.manifesto.validate.Problem;

import javax.lang.model.element.AnnotationValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where each rendered field came from: the DSL reports a problem on a resource and a field path, and this finds the
 * annotation attribute the user wrote for it, so the compiler error points there and speaks of the annotation.
 */
final class Origins {

    /**
     * A field path prefix of one kind, written through {@code attribute} of {@code view}.
     *
     * @param kind      the resource kind, e.g. {@code HorizontalPodAutoscaler}
     * @param field     the field path prefix, e.g. {@code spec.minReplicas} ({@code ""} for the whole resource)
     * @param view      the annotation
     * @param attribute the attribute, or null for the annotation as a whole
     */
    record Origin(String kind, String field, AnnotationView view, String attribute) {

        boolean matches(Problem problem) {
            return problem.resource().startsWith(kind + "/") && problem.field().startsWith(field);
        }

        /** The written attribute value, for the error position; null when it is a default or the annotation. */
        AnnotationValue position() {
            return attribute == null ? null : view.written(attribute).orElse(null);
        }

        /** {@code @Type(attribute = value)}, or {@code @Type} for the annotation as a whole. */
        String show() {
            return attribute == null || !view.isWritten(attribute) ? "@" + view.type() : view.show(attribute);
        }
    }

    private final List<Origin> origins = new ArrayList<>();
    private final Origin fallback;

    Origins(AnnotationView application) {
        this.fallback = new Origin("", "", application, null);
    }

    /** Records that {@code field} of {@code kind} comes from {@code attribute} of {@code view}. */
    void add(String kind, String field, AnnotationView view, String attribute) {
        origins.add(new Origin(kind, field, view, attribute));
    }

    /** The most specific origin of the problem's field; {@code @KubernetesApplication} when none is known. */
    Origin of(Problem problem) {
        Optional<Origin> best = origins.stream()
                .filter(o -> o.matches(problem))
                .max(Comparator.comparingInt(o -> o.field().length()));
        return best.orElse(fallback);
    }
}
