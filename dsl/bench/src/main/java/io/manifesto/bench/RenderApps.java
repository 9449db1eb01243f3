package io.manifesto.bench;

import io.manifesto.Manifesto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole-process command: renders N generated seed apps to files through the public API
 * ({@code Manifesto.write}), for timing with {@code /usr/bin/time -v}. It streams: in the per-app shape each
 * application is composed, built, written and dropped before the next one is composed, so memory does not grow with
 * N. With {@code --threads T} (per-app shape only) T threads share the apps, app {@code i} going to thread
 * {@code i mod T}; every file is the same as with one thread.
 *
 * <pre>java -cp dsl/bench/target/benchmarks.jar io.manifesto.bench.RenderApps 5000 per-app target/apps [seed|full] [--threads 2]</pre>
 */
public final class RenderApps {

    private RenderApps() {
    }

    /** Entry point: {@code RenderApps <apps> <per-app|all-in-one> <directory> [seed|full] [--threads T]}. */
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        List<String> arguments = new ArrayList<>(List.of(args));
        int threads = 1;
        int option = arguments.indexOf("--threads");
        if (option >= 0 && option + 1 < arguments.size()) {
            threads = Integer.parseInt(arguments.remove(option + 1));
            arguments.remove(option);
        }
        if (arguments.size() < 3 || arguments.size() > 4 || threads < 1) {
            System.err.println("usage: RenderApps <apps> <per-app|all-in-one> <directory> [seed|full] [--threads T]");
            System.exit(2);
        }
        int n = Integer.parseInt(arguments.get(0));
        Shape shape = Shape.valueOf(arguments.get(1).toUpperCase(Locale.ROOT).replace('-', '_'));
        Path directory = Path.of(arguments.get(2));
        SeedApp.Variant variant = arguments.size() == 4
                ? SeedApp.Variant.valueOf(arguments.get(3).toUpperCase(Locale.ROOT)) : SeedApp.Variant.SEED;
        long start = System.nanoTime();
        int files = shape == Shape.PER_APP && threads > 1 ? inParallel(n, variant, directory, threads)
                : inSequence(n, shape, variant, directory);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "wrote %d files, %d objects, into %s in %d ms%n",
                files, (long) n * variant.objects(), directory, millis);
    }

    private static int inSequence(int n, Shape shape, SeedApp.Variant variant, Path directory) {
        AtomicInteger files = new AtomicInteger();
        Apps.stream(n, shape, variant, application -> files.addAndGet(Manifesto.write(directory, application).size()));
        return files.get();
    }

    private static int inParallel(int n, SeedApp.Variant variant, Path directory, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                int step = threads;
                parts.add(pool.submit(() -> {
                    int files = 0;
                    for (int i = first; i < n; i += step) {
                        files += Manifesto.write(directory, Apps.perApp(i, variant).build()).size();
                    }
                    return files;
                }));
            }
            int files = 0;
            for (Future<Integer> part : parts) {
                files += part.get();
            }
            return files;
        } finally {
            pool.shutdown();
        }
    }
}
