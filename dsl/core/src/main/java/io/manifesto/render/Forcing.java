package io.manifesto.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Forces the files of a set to the device several at a time. Each force waits for the disk, not the processor: one
 * after another, a set of 5,000 files waits for 5,000 journal commits, while concurrent forces are committed
 * together (ext4's and XFS's journals group them). The files are already written, so the order does not matter;
 * every force has returned before the set is marked ready.
 */
final class Forcing {

    /** Concurrent forces: enough for the journal to group them, few enough to stay cheap for a small set. */
    static final int THREADS = 8;

    private Forcing() {
    }

    /** Forces every file of {@code files} with {@code disk}; the first failure is thrown once all have ended. */
    static void forceAll(FileWriting disk, List<Path> files) throws IOException {
        if (files.size() <= 1) {
            for (Path file : files) {
                force(disk, file);
            }
            return;
        }
        int threads = Math.min(THREADS, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "manifesto-force");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> forces = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                forces.add(pool.submit(() -> {
                    for (int i = first; i < files.size(); i += threads) {
                        try {
                            force(disk, files.get(i));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            IOException failure = null;
            for (Future<?> force : forces) {
                try {
                    force.get();
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : asIoException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while forcing the files to disk", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void force(FileWriting disk, Path file) throws IOException {
        try {
            disk.force(file);
        } catch (IOException e) {
            throw ManifestWriter.named(file, e);
        }
    }

    private static IOException asIoException(Throwable cause) {
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
