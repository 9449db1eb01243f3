package io.manifesto.annotations.compile;

import io.dekorate.Session;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compiles one source file in process with the test class path, so dekorate's processors and Manifesto's processor
 * run as they do in a user's build (found through {@code META-INF/services}). dekorate keeps its session in a static
 * field: each compilation starts from {@link Session#clearSession()}.
 *
 * <p>All compilations of a JVM share one project directory: dekorate caches the project it finds from the first
 * class output directory in a static field too, so each compilation writes below it.
 */
public final class Compilation {

    // outside the repository: dekorate walks up to the nearest .git and writes its commit id, which would make the
    // output depend on the checkout (a worktree's .git is a file dekorate cannot read, a clone's a directory it can)
    private static final Path PROJECT = Path.of(System.getProperty("java.io.tmpdir"),
            "manifesto-compile-tests-" + ProcessHandle.current().pid()).toAbsolutePath();
    private static int count;

    private final boolean success;
    private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    private final Path output;

    private Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path output) {
        this.success = success;
        this.diagnostics = diagnostics;
        this.output = output;
    }

    /** Compiles {@code source}, the text of the class {@code className} (in the default package). */
    public static synchronized Compilation of(String className, String source) {
        try {
            Files.createDirectories(PROJECT);
            Path pom = PROJECT.resolve("pom.xml");
            if (!Files.exists(pom)) {
                Files.writeString(pom, POM);
            }
            Path output = PROJECT.resolve("target").resolve("classes-" + (++count));
            deleteRecursively(output);
            Files.createDirectories(output);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
                Session.clearSession();
                JavaFileObject file = new Source(className, source);
                boolean ok = compiler.getTask(null, files, collector,
                        List.of("-classpath", System.getProperty("java.class.path"), "-proc:full"),
                        null, List.of(file)).call();
                return new Compilation(ok, new ArrayList<>(collector.getDiagnostics()), output);
            } finally {
                Session.clearSession();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Whether javac reported no error. */
    public boolean succeeded() {
        return success;
    }

    /** The errors, each as {@code line:column: message}. */
    public List<String> errors() {
        return diagnostics.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ":" + d.getColumnNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
    }

    /** Every diagnostic, for failure messages. */
    public String diagnostics() {
        return String.join("\n", diagnostics.stream().map(d -> d.getKind() + " " + d.getLineNumber() + ":"
                + d.getColumnNumber() + ": " + d.getMessage(Locale.ROOT)).toList());
    }

    /** The text of {@code META-INF/dekorate/<name>}, if the compilation wrote it. */
    public Optional<String> generated(String name) {
        Path file = output.resolve("META-INF/dekorate").resolve(name);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>shop</artifactId>
              <version>1.0.0</version>
            </project>
            """;

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
