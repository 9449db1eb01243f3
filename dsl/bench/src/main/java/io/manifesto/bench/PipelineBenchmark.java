package io.manifesto.bench;

import io.manifesto.Manifesto;
import io.manifesto.core.Application;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Each step of Manifesto for {@code n} seed apps in one {@link Shape}, and the floor beside it in the same fork:
 * <ul>
 *   <li>{@code compose}: the DSL values and application builders;</li>
 *   <li>{@code build}: {@code build()} of composed applications: every rule, then the canonical trees;</li>
 *   <li>{@code render}: {@code toYaml()} of built applications;</li>
 *   <li>{@code write}: {@code Manifesto.write(...)} of built applications into a temporary directory;</li>
 *   <li>{@code endToEnd}: compose, build and {@code toYaml()}, the in-process pipeline;</li>
 *   <li>{@code floor}: the same objects from fabric8 builders, written by a plain Jackson YAML mapper.</li>
 * </ul>
 * {@code endToEnd / floor} is the ratio of the target "warm, at most 1.5x the floor". One operation handles all
 * {@code n} apps; divide by {@code n * variant.objects()} for a figure per object ({@code -prof gc} gives the bytes
 * allocated per operation as {@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A build touches much code: C2 needs some 10 s on two shared cores before the figures settle.
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PipelineBenchmark {

    /** Generated apps per operation. */
    @Param({"1", "100", "1000", "10000"})
    public int n;

    /** One application per app, or one application with all. */
    @Param({"PER_APP", "ALL_IN_ONE"})
    public Shape shape;

    /**
     * The seed's four objects, or the seven of the variant with VPA, PDB, placement and Certificate
     * ({@code -p variant=FULL}).
     */
    @Param({"SEED"})
    public SeedApp.Variant variant;

    private List<Application.Builder> composed;
    private List<Application> built;
    private Path directory;

    /** Composes and builds once, for the steps measured on their own. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        composed = Apps.compose(n, shape, variant);
        built = Apps.build(composed);
        directory = Files.createTempDirectory("manifesto-bench-");
    }

    /** Removes what {@code write} wrote. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public List<Application.Builder> compose() {
        return Apps.compose(n, shape, variant);
    }

    @Benchmark
    public List<Application> build() {
        return Apps.build(composed);
    }

    @Benchmark
    public long render() {
        long length = 0;
        for (Application application : built) {
            length += application.toYaml().length();
        }
        return length;
    }

    @Benchmark
    public int write() {
        int files = 0;
        for (Application application : built) {
            files += Manifesto.write(directory, application).size();
        }
        return files;
    }

    @Benchmark
    public long endToEnd() {
        long length = 0;
        for (Application application : Apps.build(Apps.compose(n, shape, variant))) {
            length += application.toYaml().length();
        }
        return length;
    }

    @Benchmark
    public long floor() {
        long length = 0;
        for (int i = 0; i < n; i++) {
            String partOf = shape == Shape.ALL_IN_ONE ? "apps" : SeedApp.name(i);
            length += Floor.yaml(FloorObjects.of(i, partOf, variant)).length();
        }
        return length;
    }
}
