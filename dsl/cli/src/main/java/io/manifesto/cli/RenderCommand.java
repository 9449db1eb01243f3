package io.manifesto.cli;

import io.manifesto.build.DefinitionException;
import io.manifesto.build.DefinitionRenderer;
import io.manifesto.build.Definitions;
import io.manifesto.build.Format;
import io.manifesto.build.ManifestOutput;
import io.manifesto.build.RenderOutcome;
import io.manifesto.build.Rendering;
import io.manifesto.environment.Definition;
import io.manifesto.kustomize.KustomizeExport;
import io.manifesto.render.ManifestWriter;
import io.manifesto.validate.ValidationException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code render --class NAME [--classpath PATHS] [--environment ENV] [--out DIR] [--format yaml|json|kustomize]}. */
final class RenderCommand {

    private static final String KUSTOMIZE = "kustomize";

    private final PrintStream out;
    private final PrintStream err;

    RenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments = Arguments.parse("render", args,
                Set.of("class", "classpath", "environment", "out", "format"), Set.of());
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("render: unexpected argument \"" + arguments.operands().get(0)
                    + "\"; name the definition with --class");
        }
        String className = arguments.required("class", "com.acme.Shop");
        String format = arguments.option("format").orElse("yaml");
        Optional<Path> directory = arguments.option("out").map(Path::of);
        List<String> environments = arguments.option("environment").stream().toList();
        checkFormat(format, directory, environments);

        RenderOutcome outcome;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (var loader = ClassPath.loader(arguments.option("classpath").orElse(""))) {
            Thread.currentThread().setContextClassLoader(loader);
            Definition definition = Definitions.load(className, loader);
            outcome = DefinitionRenderer.render(className, definition, environments);
        } catch (DefinitionException e) {
            throw new UsageException("render: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("render: cannot close the class path: " + e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        outcome.warnings().forEach(err::println);
        if (outcome.hasErrors()) {
            outcome.errors().forEach(err::println);
            err.println("manifesto render: " + className + " has " + outcome.errors().size()
                    + (outcome.errors().size() == 1 ? " error" : " errors") + "; nothing written");
            return Main.PROBLEMS;
        }
        int code = directory.isEmpty() ? print(className, outcome.renderings(), format)
                : write(directory.get(), outcome.renderings(), format);
        // after the output, so that a usage error stays the only line
        outcome.renderings().forEach(rendering -> rendering.notes().forEach(err::println));
        return code;
    }

    private static void checkFormat(String format, Optional<Path> directory, List<String> environments) {
        if (format.equals(KUSTOMIZE)) {
            if (directory.isEmpty()) {
                throw new UsageException("render: --format kustomize writes folders: add --out DIR");
            }
            if (!environments.isEmpty()) {
                throw new UsageException("render: --format kustomize renders every environment: drop --environment");
            }
        } else if (!format.equals("yaml") && !format.equals("json")) {
            throw new UsageException("render: unknown --format \"" + format + "\": use yaml, json or kustomize");
        }
    }

    private int print(String className, List<Rendering> renderings, String format) {
        if (renderings.size() > 1) {
            throw new UsageException("render: " + className + " renders " + renderings.size() + " environments ("
                    + String.join(", ", renderings.stream().map(r -> r.environment().name()).toList())
                    + "): choose one with --environment, or write them all with --out DIR");
        }
        out.print(Format.named(format).file(renderings.get(0).application()).content());
        return Main.OK;
    }

    private int write(Path directory, List<Rendering> renderings, String format) {
        try {
            List<Path> written;
            if (format.equals(KUSTOMIZE)) {
                written = KustomizeExport.of(renderings).entrySet().stream()
                        .flatMap(folder -> ManifestWriter.write(directory.resolve(folder.getKey()),
                                folder.getValue()).stream())
                        .toList();
            } else {
                written = ManifestOutput.write(directory,
                        ManifestOutput.files(renderings, Set.of(Format.named(format))));
            }
            written.forEach(path -> out.println("wrote " + path));
            return Main.OK;
        } catch (DefinitionException | UncheckedIOException e) {
            throw new UsageException("render: " + e.getMessage());
        } catch (ValidationException e) {
            throw new UsageException("render: " + e.getMessage().replace("\n  ", "; "));
        }
    }
}
