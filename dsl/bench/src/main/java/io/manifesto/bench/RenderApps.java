package io.manifesto.bench;

import io.manifesto.Manifesto;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The whole-process command: renders N generated seed apps to files through the public API, for timing with
 * {@code /usr/bin/time -v}. Streams: in the per-app shape each application is composed, built, written and dropped
 * before the next one is composed.
 *
 * <pre>java -cp dsl/bench/target/benchmarks.jar io.manifesto.bench.RenderApps 5000 per-app target/apps [seed|full]</pre>
 */
public final class RenderApps {

    private RenderApps() {
    }

    /** Entry point: {@code RenderApps <apps> <per-app|all-in-one> <directory> [seed|full]}. */
    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: RenderApps <apps> <per-app|all-in-one> <directory> [seed|full]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Shape shape = Shape.valueOf(args[1].toUpperCase(Locale.ROOT).replace('-', '_'));
        Path directory = Path.of(args[2]);
        SeedApp.Variant variant = args.length == 4
                ? SeedApp.Variant.valueOf(args[3].toUpperCase(Locale.ROOT)) : SeedApp.Variant.SEED;
        long start = System.nanoTime();
        int[] files = {0};
        Apps.stream(n, shape, variant, application -> {
            Manifesto.write(directory, application);
            files[0]++;
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "wrote %d files, %d objects, into %s in %d ms%n",
                files[0], (long) n * variant.objects(), directory, millis);
    }
}
