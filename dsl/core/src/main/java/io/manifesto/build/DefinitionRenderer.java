package io.manifesto.build;

import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs a definition for each of its environments (or the ones chosen) and gathers every problem of every
 * environment, so a build reports them all at once.
 */
public final class DefinitionRenderer {

    /** An environment name becomes a directory: one plain path segment. */
    private static final Pattern DIRECTORY_NAME = Pattern.compile("[A-Za-z0-9_][-A-Za-z0-9_.]*");

    private DefinitionRenderer() {
    }

    /**
     * The applications of {@code definition} (named {@code className} in messages) for the environments named in
     * {@code chosen}, or for all its environments when {@code chosen} is empty.
     */
    public static RenderOutcome render(String className, Definition definition, List<String> chosen) {
        List<Environment> declared;
        try {
            declared = List.copyOf(definition.environments());
        } catch (RuntimeException e) {
            return RenderOutcome.error(className + ": environments() failed: " + describe(e));
        }
        List<String> names = declared.stream().map(Environment::name).toList();
        List<String> errors = new ArrayList<>();
        checkNames(className, names, errors);
        List<Environment> selected = new ArrayList<>();
        for (String name : chosen) {
            if (names.contains(name)) {
                selected.add(Environment.named(name));
            } else {
                errors.add(className + ": has no environment \"" + name + "\"; it declares "
                        + String.join(", ", names));
            }
        }
        if (!errors.isEmpty()) {
            return new RenderOutcome(List.of(), errors, List.of());
        }
        RenderOutcome outcome = RenderOutcome.EMPTY;
        for (Environment environment : chosen.isEmpty() ? declared : selected) {
            outcome = outcome.and(renderOne(className, definition, environment));
        }
        return outcome;
    }

    private static void checkNames(String className, List<String> names, List<String> errors) {
        Set<String> seen = new LinkedHashSet<>();
        if (names.isEmpty()) {
            errors.add(className + ": environments() is empty: return at least one, e.g. Environment.DEFAULT");
        }
        for (String name : names) {
            if (!seen.add(name)) {
                errors.add(className + ": declares the environment \"" + name + "\" twice");
            } else if (!DIRECTORY_NAME.matcher(name).matches()) {
                errors.add(className + ": the environment name \"" + name + "\" is not a plain directory name:"
                        + " use letters, digits, '-', '_' or '.'");
            }
        }
    }

    private static RenderOutcome renderOne(String className, Definition definition, Environment environment) {
        String where = className + " [" + environment.name() + "]: ";
        try {
            Application application = definition.application(environment);
            if (application == null) {
                return RenderOutcome.error(where + "application(...) returned null: return a built Application");
            }
            List<String> warnings = application.report().warnings().stream().map(p -> where + p).toList();
            return new RenderOutcome(List.of(new Rendering(className, environment, application)), List.of(),
                    warnings);
        } catch (ValidationException e) {
            List<String> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Problem problem : e.problems()) {
                (problem.isError() ? errors : warnings).add(where + problem);
            }
            return new RenderOutcome(List.of(), errors, warnings);
        } catch (DefinitionException e) {
            return RenderOutcome.error(where + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return RenderOutcome.error(where + "application(...) failed: " + describe(e));
        }
    }

    /** The exception and where the user's code threw it, on one line. */
    static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String at = trace.length > 0 ? " (at " + trace[0] + ")" : "";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + at;
    }
}
