package io.manifesto.bench;

import io.manifesto.annotations.processing.ManifestoProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The annotation-processing target: what Manifesto's processor adds to compiling a module. Generates a module of N
 * classes (one application class carrying dekorate's {@code @KubernetesApplication} and Manifesto's annotations, as
 * in {@code examples/annotated-app}, and N - 1 plain classes of the same application), then compiles it with the
 * JDK's {@code javac}, each run a fresh process as in a cold build, three ways in turn:
 * <ul>
 *   <li>{@code none}: {@code -proc:none}, the compiler alone;</li>
 *   <li>{@code dekorate}: dekorate's processors alone (named with {@code -processor});</li>
 *   <li>{@code manifesto}: dekorate's and Manifesto's, as a user's build runs them.</li>
 * </ul>
 * It prints the median and the fastest run of each, and Manifesto's cost: {@code manifesto - dekorate}. The class
 * path is the bench module's {@code target/lib} (its dependencies), JMH's own jars left out.
 *
 * <pre>java -cp dsl/bench/target/benchmarks.jar io.manifesto.bench.CompileAnnotated [classes=50] [runs=5]</pre>
 * With {@code -Djfr=/tmp/compile} each javac run records a flight recording {@code /tmp/compile-<way>.jfr}.
 */
public final class CompileAnnotated {

    private static final List<String> WAYS = List.of("none", "dekorate", "manifesto");

    private CompileAnnotated() {
    }

    /** Entry point: {@code CompileAnnotated [classes] [runs]}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int classes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> classPath = classPath();
        List<String> dekorate = processors(classPath, false);
        List<String> all = processors(classPath, true);
        Path project = Files.createTempDirectory("manifesto-compile-bench");
        List<Path> sources = AnnotatedModule.write(project, classes);
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        List<List<Long>> millis = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (int way = 0; way < WAYS.size(); way++) {
                Path out = project.resolve("target/classes");
                deleteTree(out);
                Files.createDirectories(out);
                List<String> command = new ArrayList<>(List.of(javac, "-d", out.toString(), "-classpath",
                        String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList())));
                switch (WAYS.get(way)) {
                    case "none" -> command.add("-proc:none");
                    case "dekorate" -> command.addAll(List.of("-processor", String.join(",", dekorate)));
                    default -> command.addAll(List.of("-processor", String.join(",", all)));
                }
                String recording = System.getProperty("jfr"); // profiling aid: -Djfr=/tmp/compile records each way
                if (recording != null) {
                    command.add("-J-XX:StartFlightRecording=settings=profile,filename=" + recording + "-"
                            + WAYS.get(way) + ".jfr");
                }
                sources.forEach(source -> command.add(source.toString()));
                long start = System.nanoTime();
                Process javacRun = new ProcessBuilder(command).directory(project.toFile()).inheritIO().start();
                if (javacRun.waitFor() != 0) {
                    throw new IllegalStateException("javac failed (" + WAYS.get(way) + ")");
                }
                millis.get(way).add((System.nanoTime() - start) / 1_000_000);
                if (way == 2 && !Files.exists(out.resolve("META-INF/dekorate/kubernetes.yml"))) {
                    throw new IllegalStateException("the processors wrote no META-INF/dekorate/kubernetes.yml");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d classes, %d runs each, javac %s%n", classes, runs,
                System.getProperty("java.version"));
        for (int way = 0; way < WAYS.size(); way++) {
            System.out.printf(Locale.ROOT, "%-10s median %5d ms, fastest %5d ms%n", WAYS.get(way),
                    median(millis.get(way)), min(millis.get(way)));
        }
        System.out.printf(Locale.ROOT, "Manifesto's processor: %+d ms (median), %+d ms (fastest) over dekorate"
                + " alone%n", median(millis.get(2)) - median(millis.get(1)), min(millis.get(2)) - min(millis.get(1)));
        deleteTree(project);
    }

    /** The jars beside the one holding Manifesto's processor: the bench module's {@code target/lib}. */
    private static List<Path> classPath() throws IOException {
        try {
            Path jar = Path.of(ManifestoProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> jars = Files.list(jar.getParent())) {
                return jars.filter(p -> p.toString().endsWith(".jar"))
                        .filter(p -> !p.getFileName().toString().startsWith("jmh-"))
                        .sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The annotation processors the jars declare, in class-path order; Manifesto's only when asked. */
    private static List<String> processors(List<Path> classPath, boolean withManifesto) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path path : classPath) {
            try (JarFile jar = new JarFile(path.toFile())) {
                var entry = jar.getEntry("META-INF/services/javax.annotation.processing.Processor");
                if (entry == null) {
                    continue;
                }
                String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()
                        && !line.startsWith("#")).filter(name -> withManifesto || !name.startsWith("io.manifesto."))
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
