package io.manifesto.build;

import io.manifesto.environment.Definition;
import io.manifesto.validate.ValidationException;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entry point of the Maven plugin, called reflectively inside the project's own class loader, so that the
 * project's Manifesto version renders. Its signature uses JDK types only, as it crosses class loaders: keep it
 * stable, and raise {@link #CONTRACT} when it must change.
 */
public final class BuildRender {

    /** The version of this entry point's signature and result, checked by the plugin. */
    public static final int CONTRACT = 1;

    /** Result key: the problems that fail the build, one line each. */
    public static final String ERRORS = "errors";
    /** Result key: the warnings, one line each. */
    public static final String WARNINGS = "warnings";
    /** Result key: notes that are not problems (the workloads that run as their images' user), one line each. */
    public static final String NOTES = "notes";
    /** Result key: the paths written. */
    public static final String WRITTEN = "written";
    /** Result key: the definition classes found. */
    public static final String DEFINITIONS = "definitions";

    private BuildRender() {
    }

    /**
     * Finds the definitions, renders each for the chosen environments (all when empty) and, when no definition has
     * an error, writes {@code outputDirectory} (removing the stale manifests first when {@code clean}). Definitions: {@code classNames} when any is given;
     * otherwise the {@code META-INF/services/io.manifesto.environment.Definition} entries, plus, when
     * {@code scanDirectory} is not {@code null}, the definitions compiled into it. Nothing is written on error.
     *
     * @return {@link #DEFINITIONS}, {@link #ERRORS}, {@link #WARNINGS}, {@link #NOTES} and {@link #WRITTEN}, each a
     *         list of lines
     */
    public static Map<String, List<String>> render(List<String> classNames, String scanDirectory,
                                                   List<String> environments, List<String> formats,
                                                   String outputDirectory, boolean clean) {
        ClassLoader loader = BuildRender.class.getClassLoader();
        Map<String, List<String>> result = new LinkedHashMap<>();
        RenderOutcome outcome;
        List<String> written = new ArrayList<>();
        List<String> found = List.of();
        try {
            Set<Format> chosenFormats = new LinkedHashSet<>();
            formats.forEach(format -> chosenFormats.add(Format.named(format)));
            found = find(classNames, scanDirectory, loader);
            outcome = renderAll(found, environments, loader);
            if (!outcome.hasErrors()) {
                var files = ManifestOutput.files(outcome.renderings(), chosenFormats);
                Path directory = Path.of(outputDirectory);
                (clean ? ManifestOutput.replace(directory, files) : ManifestOutput.write(directory, files))
                        .forEach(path -> written.add(path.toString()));
            }
        } catch (DefinitionException | UncheckedIOException e) {
            outcome = RenderOutcome.error(e.getMessage());
        } catch (ValidationException e) {
            outcome = RenderOutcome.error(e.getMessage().replace("\n  ", "; "));
        }
        result.put(DEFINITIONS, found);
        result.put(ERRORS, outcome.errors());
        result.put(WARNINGS, outcome.warnings());
        result.put(NOTES, outcome.renderings().stream().flatMap(rendering -> rendering.notes().stream()).toList());
        result.put(WRITTEN, List.copyOf(written));
        return result;
    }

    private static List<String> find(List<String> classNames, String scanDirectory, ClassLoader loader) {
        if (!classNames.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(classNames));
        }
        Set<String> names = new LinkedHashSet<>(Definitions.serviceLoaded(loader));
        if (scanDirectory != null) {
            names.addAll(CompiledClasses.definitionsIn(Path.of(scanDirectory), loader));
        }
        if (names.isEmpty()) {
            throw new DefinitionException("no definitions found: name them in <definitions>, list them in"
                    + " META-INF/services/" + Definition.class.getName() + ", or turn on <scan>");
        }
        return List.copyOf(names);
    }

    private static RenderOutcome renderAll(List<String> classNames, List<String> environments, ClassLoader loader) {
        RenderOutcome outcome = RenderOutcome.EMPTY;
        for (String className : classNames) {
            try {
                outcome = outcome.and(DefinitionRenderer.render(className, Definitions.load(className, loader),
                        environments));
            } catch (DefinitionException e) {
                outcome = outcome.and(RenderOutcome.error(e.getMessage()));
            }
        }
        return outcome;
    }
}
