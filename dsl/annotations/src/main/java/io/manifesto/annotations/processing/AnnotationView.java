package io.manifesto.annotations.processing;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the attributes of one annotation mirror, top-level or nested, telling written attributes from
 * defaults: a Kubernetes field is rendered only when its attribute is written, as the DSL renders only what is set.
 *
 * @param mirror   the annotation
 * @param elements javac's element utilities, for the defaults
 */
record AnnotationView(AnnotationMirror mirror, Elements elements) {

    /** The simple name of the annotation type, e.g. {@code HorizontalAutoscaling}. */
    String type() {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }

    /** The attribute {@code name} as written, or empty when it takes its default. */
    Optional<AnnotationValue> written(String name) {
        return find(mirror.getElementValues(), name);
    }

    /** Whether the attribute {@code name} is written. */
    boolean isWritten(String name) {
        return written(name).isPresent();
    }

    /** The attribute {@code name}, written or default. */
    AnnotationValue value(String name) {
        return find(elements.getElementValuesWithDefaults(mirror), name)
                .orElseThrow(() -> new IllegalArgumentException("@" + type() + " has no attribute " + name));
    }

    int integer(String name) {
        return (Integer) value(name).getValue();
    }

    boolean bool(String name) {
        return (Boolean) value(name).getValue();
    }

    String string(String name) {
        return (String) value(name).getValue();
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
        VariableElement constant = (VariableElement) value(name).getValue();
        return Enum.valueOf(type, constant.getSimpleName().toString());
    }

    <E extends Enum<E>> List<E> constants(String name, Class<E> type) {
        return list(name).stream()
                .map(v -> Enum.valueOf(type, ((VariableElement) v.getValue()).getSimpleName().toString()))
                .toList();
    }

    AnnotationView nested(String name) {
        return new AnnotationView((AnnotationMirror) value(name).getValue(), elements);
    }

    List<AnnotationView> nestedList(String name) {
        return list(name).stream().map(v -> new AnnotationView((AnnotationMirror) v.getValue(), elements)).toList();
    }

    List<String> strings(String name) {
        return list(name).stream().map(v -> (String) v.getValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<? extends AnnotationValue> list(String name) {
        return (List<? extends AnnotationValue>) value(name).getValue();
    }

    /**
     * {@code @Type(name = value)}, as the user reads the attribute in the source; {@code @Type(name)} for an
     * annotation or an array, whose own attributes the message names.
     */
    String show(String name) {
        Object value = value(name).getValue();
        if (value instanceof List<?> || value instanceof AnnotationMirror) {
            return "@" + type() + "(" + name + ")";
        }
        return "@" + type() + "(" + name + " = " + value(name) + ")";
    }

    private static Optional<AnnotationValue> find(Map<? extends ExecutableElement, ? extends AnnotationValue> values,
                                                  String name) {
        return values.entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(name))
                .map(e -> (AnnotationValue) e.getValue())
                .findFirst();
    }
}
