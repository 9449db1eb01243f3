package io.manifesto.lint;

import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.CheckReport;
import io.manifesto.rules.RuleEngine;
import io.manifesto.validate.Problem;
import io.manifesto.validate.Severity;
import io.manifesto.validate.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lint: the rules of the DSL over manifests that already exist. Reads files and directories of multi-document YAML
 * or JSON ({@code kind: List} included), checks every object with the same {@link RuleEngine} that
 * {@code Application.build()} runs, and reports each problem with the file and line of its object or field.
 */
public final class Lint {

    private Lint() {
    }

    /**
     * Lints {@code paths}: files, and directories searched for {@code .yaml}, {@code .yml} and {@code .json} files,
     * in name order. A file that cannot be read, or a syntax error, is a problem of that file; the others are still
     * checked.
     */
    public static LintReport lint(Path... paths) {
        return lint(paths == null ? List.of() : List.of(paths));
    }

    /**
     * Lints {@code paths}, as {@link #lint(Path...)}: against the standard cluster profile (AKS with virtual nodes),
     * as manifests say nothing of their cluster.
     */
    public static LintReport lint(List<Path> paths) {
        return lint(paths, new Object[0]);
    }

    /**
     * Lints {@code paths}, the rules knowing {@code context} (see {@link ResolvedSet#of(List, Object...)}): e.g.
     * {@code ClusterProfile.generic()} for a cluster without AKS virtual nodes.
     */
    public static LintReport lint(List<Path> paths, Object... context) {
        List<Problem> unreadable = new ArrayList<>();
        List<ManifestSource> sources = new ArrayList<>();
        int files = 0;
        for (Path path : paths) {
            for (Path file : files(path, unreadable)) {
                files++;
                String name = file.toString().replace('\\', '/');
                try {
                    sources.add(ManifestSource.read(name, read(file)));
                } catch (IOException e) {
                    unreadable.add(problem(name, e instanceof CharacterCodingException
                            ? "is not UTF-8 text" : "cannot be read: " + e.getMessage(),
                            "save it as UTF-8 text that the user running lint can read"));
                }
            }
        }
        return check(sources, unreadable, files, context);
    }

    /** Lints the manifests in {@code text}, named {@code name} in positions: for tests and tools that hold YAML. */
    public static LintReport yaml(String name, String text) {
        return yaml(name, text, new Object[0]);
    }

    /**
     * Lints the manifests in {@code text} as {@link #yaml(String, String)}, the rules knowing {@code context}
     * (see {@link ResolvedSet#of(List, Object...)}): e.g. {@code ClusterProfile.generic()} for a cluster without
     * AKS virtual nodes, which lint otherwise assumes (the standard cluster profile).
     */
    public static LintReport yaml(String name, String text, Object... context) {
        return check(List.of(ManifestSource.read(name, text == null ? "" : text)), new ArrayList<>(), 1, context);
    }

    private static LintReport check(List<ManifestSource> sources, List<Problem> problems, int files,
                                    Object... context) {
        List<Resource> resources = new ArrayList<>();
        for (ManifestSource source : sources) {
            resources.addAll(source.resources());
            problems.addAll(source.problems());
        }
        CheckReport checked = RuleEngine.standard().check(ResolvedSet.of(resources, context));
        problems.addAll(checked.problems());
        // a rule that says what the missing field should be says more than "it is required": one mistake, once
        Set<String> ruled = checked.problems().stream().filter(Problem::isError)
                .map(p -> p.resource() + " " + p.field()).collect(Collectors.toSet());
        problems.removeIf(p -> p.ruleId().equals(SchemaFields.REQUIRED_FIELD)
                && ruled.contains(p.resource() + " " + p.field()));
        problems.sort(Comparator.comparing((Problem p) -> p.position().map(SourcePosition::file).orElse(""))
                .thenComparingInt(p -> p.position().map(SourcePosition::line).orElse(0)));
        return new LintReport(problems, checked.report().suppressed(), resources.size(), files);
    }

    private static List<Path> files(Path path, List<Problem> unreadable) {
        if (path == null) {
            return List.of();
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            unreadable.add(problem(path.toString(), "does not exist", "name a file or directory of manifests"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(Lint::isManifest)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            unreadable.add(problem(path.toString(), "cannot be listed: " + e.getMessage(),
                    "check that the directory can be read"));
            return List.of();
        }
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String read(Path file) throws IOException {
        // strict UTF-8: a wrong byte is a clear error, not a replacement character inside a name
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    private static Problem problem(String file, String message, String fix) {
        return new Problem(Severity.ERROR, ManifestSource.UNREADABLE, file, "", null, message, fix,
                new SourcePosition(file, 0));
    }
}
