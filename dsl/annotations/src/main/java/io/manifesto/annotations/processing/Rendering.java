package io.manifesto.annotations.processing;

import io.manifesto.core.Application;
import io.manifesto.core.Component;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;

import java.util.Optional;

import static io.manifesto.Manifesto.application;

/**
 * Builds the DSL application of a {@link Draft} (the stand-in Deployment and the components the annotations add),
 * so the DSL's rules check it and the DSL renders it: no second renderer. Every problem becomes a compiler message
 * on the annotation attribute it came from.
 */
final class Rendering {

    private Rendering() {
    }

    /** The parts to decorate dekorate's output with, or empty when the DSL found errors (all reported). */
    static Optional<Contributions> render(Draft draft) {
        String name = draft.application().name();
        Application.Builder builder = application(name).add(draft.workload());
        for (Component component : draft.components()) {
            builder.add(component);
        }
        try {
            Application app = builder.build();
            app.report().warnings().forEach(problem -> report(problem, draft.origins(), draft.mistakes()));
            app.report().warnings().forEach(problem -> draft.reported(key(problem)));
            return Optional.of(Contributions.of(name, app.resources()));
        } catch (ValidationException e) {
            e.problems().forEach(problem -> report(problem, draft.origins(), draft.mistakes()));
            return Optional.empty();
        }
    }

    /** The identity of a problem, so that the same rule on the same field is reported once. */
    static String key(Problem problem) {
        return problem.ruleId() + " " + problem.resource() + " " + problem.field();
    }

    /** {@code problem} as a compiler message on the annotation attribute it came from. */
    static void report(Problem problem, Origins origins, Mistakes mistakes) {
        Origins.Origin origin = origins.of(problem);
        String message = origin.show() + " on " + mistakes.element().getSimpleName() + ": "
                + problem.message() + " (" + problem.resource() + " " + problem.field() + " = \"" + problem.value()
                + "\"). Fix: " + AnnotationFixes.fix(problem) + ". [" + problem.ruleId() + "]";
        if (problem.isError()) {
            mistakes.error(origin.view().mirror(), origin.position(), message);
        } else {
            mistakes.warning(origin.view().mirror(), origin.position(), message);
        }
    }
}
