package io.manifesto.bench;

import io.manifesto.core.Application;
import io.manifesto.render.ManifestFile;
import io.manifesto.render.ManifestWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process command: renders N generated seed apps to files, for timing with {@code /usr/bin/time -v}.
 * Applications are composed, built and turned into YAML one at a time and dropped at once, so no canonical tree or
 * application outlives its own file. Two ways to write:
 * <ul>
 *   <li>by default, as one set through {@link ManifestWriter} (what {@code Manifesto.write} does): the directory is
 *       replaced whole and atomically, so the YAML text of every file is held until the set is written;</li>
 *   <li>with {@code --stream}, each file is written as soon as its application is built (plain
 *       {@code Files.writeString}, no atomic set): memory does not grow with N.</li>
 * </ul>
 *
 * <pre>java -cp dsl/bench/target/benchmarks.jar io.manifesto.bench.RenderApps 5000 per-app target/apps [seed|full] [--stream]</pre>
 */
public final class RenderApps {

    private RenderApps() {
    }

    /** Entry point: {@code RenderApps <apps> <per-app|all-in-one> <directory> [seed|full] [--stream]}. */
    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean stream = arguments.remove("--stream");
        if (arguments.size() < 3 || arguments.size() > 4) {
            System.err.println("usage: RenderApps <apps> <per-app|all-in-one> <directory> [seed|full] [--stream]");
            System.exit(2);
        }
        int n = Integer.parseInt(arguments.get(0));
        Shape shape = Shape.valueOf(arguments.get(1).toUpperCase(Locale.ROOT).replace('-', '_'));
        Path directory = Path.of(arguments.get(2));
        SeedApp.Variant variant = arguments.size() == 4
                ? SeedApp.Variant.valueOf(arguments.get(3).toUpperCase(Locale.ROOT)) : SeedApp.Variant.SEED;
        long start = System.nanoTime();
        List<ManifestFile> files = new ArrayList<>();
        if (stream) {
            Files.createDirectories(directory);
        }
        int[] written = {0};
        Apps.stream(n, shape, variant, application -> {
            if (stream) {
                writeNow(directory, application);
            } else {
                files.add(application.toFile());
            }
            written[0]++;
        });
        if (!stream) {
            ManifestWriter.write(directory, files);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "wrote %d files, %d objects, into %s in %d ms%n",
                written[0], (long) n * variant.objects(), directory, millis);
    }

    private static void writeNow(Path directory, Application application) {
        ManifestFile file = application.toFile();
        try {
            Files.writeString(directory.resolve(file.fileName()), file.content(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
