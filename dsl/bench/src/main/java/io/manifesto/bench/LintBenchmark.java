package io.manifesto.bench;

import io.manifesto.lint.Lint;
import io.manifesto.lint.LintReport;
import io.manifesto.render.ManifestFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code Lint.lint(directory)} over the YAML of {@code objects / 4} seed apps (10,000 objects by default): read,
 * positioned, and every object rule, as {@code manifesto lint} runs it on files written by another tool. The files
 * are Manifesto's own rendering, so the report is clean; {@code PER_APP} is one file per app, {@code ALL_IN_ONE}
 * one file with every object.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LintBenchmark {

    /** Objects linted per operation: four per seed app. */
    @Param({"10000"})
    public int objects;

    /** One file per app, or one file with all. */
    @Param({"PER_APP", "ALL_IN_ONE"})
    public Shape shape;

    private Path directory;

    /** Writes the files once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("manifesto-lint-bench-");
        Apps.stream(objects / SeedApp.Variant.SEED.objects(), shape, SeedApp.Variant.SEED, application -> {
            ManifestFile file = application.toFile();
            try {
                Files.writeString(directory.resolve(file.fileName()), file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Removes the files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public LintReport lint() {
        LintReport report = Lint.lint(directory);
        if (report.objects() != objects) {
            throw new IllegalStateException("linted " + report.objects() + " objects, expected " + objects);
        }
        return report;
    }
}
