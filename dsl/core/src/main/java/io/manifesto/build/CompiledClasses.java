package io.manifesto.build;

import io.manifesto.environment.Definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The opt-in scan: the concrete public classes in a directory of compiled classes that implement
 * {@link Definition}. Each class is loaded without being initialised, so no static initialiser of an unrelated class
 * runs; a class that cannot even be loaded (a missing optional dependency) is passed over.
 */
public final class CompiledClasses {

    private CompiledClasses() {
    }

    /** The definitions compiled into {@code directory}, by class name, sorted; loaded through {@code loader}. */
    public static List<String> definitionsIn(Path directory, ClassLoader loader) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(directory.relativize(file)))
                    .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                    .sorted()
                    .flatMap(name -> definition(name, loader).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String className(Path relative) {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        return path.substring(0, path.length() - ".class".length());
    }

    private static Optional<String> definition(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            int modifiers = type.getModifiers();
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(modifiers);
            return Definition.class.isAssignableFrom(type) && concrete && Modifier.isPublic(modifiers)
                    ? Optional.of(name) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
