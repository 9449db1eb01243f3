package io.manifesto.bench;

import io.manifesto.core.Application;
import io.manifesto.render.ManifestSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process command: renders N generated seed apps to files, for timing with {@code /usr/bin/time -v}.
 * Applications are composed, built and written one at a time and dropped at once, so no canonical tree or
 * application outlives its own file, and the YAML goes to the file as it is emitted ({@code Application.writeYaml}),
 * never as one string. Two ways to write:
 * <ul>
 *   <li>by default, as one set through {@link ManifestSet} (what {@code Manifesto.write} does): the directory is
 *       replaced whole and atomically, every file forced to disk;</li>
 *   <li>with {@code --stream}, each file is written straight into the directory (no staging, no force, no atomic
 *       set): what a plain generator does.</li>
 * </ul>
 * With {@code --floor} the same files are written by the {@link Floor} instead (fabric8 builders and a plain Jackson
 * YAML mapper, one file per app or one for all, streamed), so the whole-process floor is timed the same way.
 *
 * <pre>java -cp dsl/bench/target/benchmarks.jar io.manifesto.bench.RenderApps 5000 per-app target/apps [seed|full] [--stream|--floor]</pre>
 */
public final class RenderApps {

    private RenderApps() {
    }

    /** Entry point: {@code RenderApps <apps> <per-app|all-in-one> <directory> [seed|full] [--stream|--floor]}. */
    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean stream = arguments.remove("--stream");
        boolean floor = arguments.remove("--floor");
        if (arguments.size() < 3 || arguments.size() > 4 || (stream && floor)) {
            System.err.println("usage: RenderApps <apps> <per-app|all-in-one> <directory> [seed|full] [--stream|--floor]");
            System.exit(2);
        }
        int n = Integer.parseInt(arguments.get(0));
        Shape shape = Shape.valueOf(arguments.get(1).toUpperCase(Locale.ROOT).replace('-', '_'));
        Path directory = Path.of(arguments.get(2));
        SeedApp.Variant variant = arguments.size() == 4
                ? SeedApp.Variant.valueOf(arguments.get(3).toUpperCase(Locale.ROOT)) : SeedApp.Variant.SEED;
        long start = System.nanoTime();
        if (floor) {
            Floor.write(n, shape, variant, directory);
            report(n, variant, directory, shape == Shape.ALL_IN_ONE ? 1 : n, start);
            return;
        }
        int[] written = {0};
        if (stream) {
            Files.createDirectories(directory);
            Apps.stream(n, shape, variant, application -> {
                writeNow(directory, application);
                written[0]++;
            });
        } else {
            try (ManifestSet set = ManifestSet.open(directory)) {
                Apps.stream(n, shape, variant, application -> {
                    set.add(application.name() + ".yaml", application::writeYaml);
                    written[0]++;
                });
                set.commit();
            }
        }
        report(n, variant, directory, written[0], start);
    }

    private static void report(int n, SeedApp.Variant variant, Path directory, int files, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "wrote %d files, %d objects, into %s in %d ms%n",
                files, (long) n * variant.objects(), directory, millis);
    }

    private static void writeNow(Path directory, Application application) {
        try (Writer out = Files.newBufferedWriter(directory.resolve(application.name() + ".yaml"),
                StandardCharsets.UTF_8)) {
            application.writeYaml(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
