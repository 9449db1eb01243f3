package io.manifesto.annotations.processing;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The mistakes found on one annotated class, gathered so that every one is reported at once, each on the element,
 * the annotation and (where there is one) the attribute value it is about.
 */
final class Mistakes {

    private record Mistake(Diagnostic.Kind kind, AnnotationMirror mirror, AnnotationValue value, String message) {
    }

    private final Element element;
    private final List<Mistake> found = new ArrayList<>();

    Mistakes(Element element) {
        this.element = element;
    }

    /** The annotated class, as messages name it. */
    Element element() {
        return element;
    }

    /** An error on the attribute {@code value} of {@code mirror} ({@code value} may be null: the annotation). */
    void error(AnnotationMirror mirror, AnnotationValue value, String message) {
        found.add(new Mistake(Diagnostic.Kind.ERROR, mirror, value, message));
    }

    /** A warning, reported like an error but not failing the compilation. */
    void warning(AnnotationMirror mirror, AnnotationValue value, String message) {
        found.add(new Mistake(Diagnostic.Kind.WARNING, mirror, value, message));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(m -> m.kind() == Diagnostic.Kind.ERROR);
    }

    void report(Messager messager) {
        for (Mistake mistake : found) {
            if (mistake.mirror() == null) {
                messager.printMessage(mistake.kind(), mistake.message(), element);
            } else if (mistake.value() == null) {
                messager.printMessage(mistake.kind(), mistake.message(), element, mistake.mirror());
            } else {
                messager.printMessage(mistake.kind(), mistake.message(), element, mistake.mirror(), mistake.value());
            }
        }
    }
}
