package io.manifesto.build;

import io.manifesto.render.ManifestFile;
import io.manifesto.render.ManifestWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes renderings as {@code <directory>/<environment>/<application>.<format>}, each folder through
 * {@link ManifestWriter}. {@link #replace} first removes the manifests a previous run left there (an application or
 * environment since renamed would otherwise stay and be shipped): only {@code .yaml} and {@code .json} files inside
 * environment folders, and a folder left empty.
 */
public final class ManifestOutput {

    private ManifestOutput() {
    }

    /**
     * The files of {@code renderings} in {@code formats}, by environment folder, checked for two definitions
     * writing one file.
     *
     * @throws DefinitionException naming both definitions when two write the same file
     */
    public static Map<String, List<ManifestFile>> files(List<Rendering> renderings, Set<Format> formats) {
        Map<String, List<ManifestFile>> byEnvironment = new TreeMap<>();
        Map<String, String> writers = new HashMap<>();
        for (Rendering rendering : renderings) {
            String environment = rendering.environment().name();
            for (Format format : formats) {
                ManifestFile file = format.file(rendering.application());
                String path = environment + "/" + file.fileName();
                String earlier = writers.putIfAbsent(path, rendering.definition());
                if (earlier != null) {
                    throw new DefinitionException(rendering.definition() + " and " + earlier + " both write " + path
                            + ": give their applications different names");
                }
                byEnvironment.computeIfAbsent(environment, name -> new ArrayList<>()).add(file);
            }
        }
        return byEnvironment;
    }

    /**
     * Removes the stale manifests under {@code directory}, then writes {@code files}; returns the paths written. For a
     * directory that only the build writes, such as {@code target/classes/META-INF/manifesto}.
     */
    public static List<Path> replace(Path directory, Map<String, List<ManifestFile>> files) {
        clean(directory);
        return write(directory, files);
    }

    /** Writes {@code files} into their environment folders under {@code directory}; returns the paths written. */
    public static List<Path> write(Path directory, Map<String, List<ManifestFile>> files) {
        List<Path> written = new ArrayList<>();
        files.forEach((environment, list) -> written.addAll(ManifestWriter.write(directory.resolve(environment),
                list)));
        return written;
    }

    private static void clean(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                try (Stream<Path> entries = Files.list(folder)) {
                    for (Path file : entries.filter(ManifestOutput::isManifest).toList()) {
                        Files.delete(file);
                    }
                }
                try (Stream<Path> left = Files.list(folder)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove stale manifests under " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".json"));
    }
}
