package io.manifesto.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader of {@code --classpath}: the definition's classes and its dependencies, on top of the CLI's own
 * classes, so the definition renders with the CLI's Manifesto version.
 */
final class ClassPath {

    private ClassPath() {
    }

    /** A loader over {@code classPath}, entries separated by {@link File#pathSeparator}; each must exist. */
    static URLClassLoader loader(String classPath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new UsageException("render: the --classpath entry " + entry + " does not exist");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("render: the --classpath entry " + entry + " is not a path: "
                        + e.getMessage());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassPath.class.getClassLoader());
    }
}
