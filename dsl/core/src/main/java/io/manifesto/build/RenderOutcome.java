package io.manifesto.build;

import java.util.List;
import java.util.stream.Stream;

/**
 * What rendering definitions gave: the renderings that succeeded, and every problem, one line each, each naming the
 * definition class and the environment ({@code com.acme.Shop [prod]: error Deployment/web ...}).
 *
 * @param renderings the applications built, in definition then environment order
 * @param errors     problems that stop the build
 * @param warnings   problems that do not, unless the build says so
 */
public record RenderOutcome(List<Rendering> renderings, List<String> errors, List<String> warnings) {

    /** Nothing rendered, nothing wrong. */
    public static final RenderOutcome EMPTY = new RenderOutcome(List.of(), List.of(), List.of());

    public RenderOutcome {
        renderings = List.copyOf(renderings);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A single error, for a definition that could not be found or made. */
    public static RenderOutcome error(String message) {
        return new RenderOutcome(List.of(), List.of(message), List.of());
    }

    /** This outcome followed by {@code other}'s. */
    public RenderOutcome and(RenderOutcome other) {
        return new RenderOutcome(concat(renderings, other.renderings), concat(errors, other.errors),
                concat(warnings, other.warnings));
    }

    /** Whether any error was found. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
