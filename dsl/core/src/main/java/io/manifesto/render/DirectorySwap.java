package io.manifesto.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The siblings of an output directory {@code out} that make a write of a whole set atomic, and the recovery rule that
 * turns any state a crash leaves into exactly one complete set. All live in the parent of {@code out}:
 * <ul>
 *   <li>{@code .out.manifesto-staging}: the new set while it is written; incomplete by definition;</li>
 *   <li>{@code .out.manifesto-ready}: the new set, complete and forced to disk (renamed from staging);</li>
 *   <li>{@code .out.manifesto-previous}: the old set, renamed away for the moment between the two renames;</li>
 *   <li>{@code .out.manifesto-lock}: one writer at a time, across processes.</li>
 * </ul>
 * The swap is two renames: {@code out -> previous}, {@code ready -> out}; then {@code previous} is deleted.
 */
final class DirectorySwap {

    private final Path target;
    private final Path staging;
    private final Path ready;
    private final Path previous;
    private final Path lock;

    DirectorySwap(Path target) {
        this.target = target;
        Path parent = target.getParent();
        String name = "." + target.getFileName() + ".manifesto-";
        this.staging = parent.resolve(name + "staging");
        this.ready = parent.resolve(name + "ready");
        this.previous = parent.resolve(name + "previous");
        this.lock = parent.resolve(name + "lock");
    }

    Path target() {
        return target;
    }

    Path staging() {
        return staging;
    }

    /** Holds the cross-process lock of this output directory until the returned channel is closed. */
    FileChannel lock() throws IOException {
        FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The recovery rule, run under the lock before every write: an incomplete staging set is deleted; a ready set is
     * complete, so an interrupted swap is finished (the old set renamed away if still in place, the ready set renamed
     * in); an old set left beside a complete target is deleted; an old set without a target or a ready set (which the
     * order of the renames never leaves) is put back.
     */
    void recover() throws IOException {
        deleteTree(staging);
        if (Files.exists(ready)) {
            if (Files.exists(target)) {
                deleteTree(previous);
                rename(target, previous);
            }
            rename(ready, target);
        }
        if (Files.exists(previous)) {
            if (Files.exists(target)) {
                deleteTree(previous);
            } else {
                rename(previous, target);
            }
        }
        forceDirectory(target.getParent());
    }

    /** Marks the staged set complete: after this rename a crash is finished forward, not undone. */
    void markReady() throws IOException {
        forceDirectory(staging);
        rename(staging, ready);
    }

    /** Puts the ready set in place of the target; the old set, if any, is deleted afterwards. */
    void swap() throws IOException {
        boolean hadTarget = Files.exists(target);
        if (hadTarget) {
            rename(target, previous);
        }
        try {
            rename(ready, target);
        } catch (IOException e) {
            if (hadTarget) {
                rename(previous, target);
            }
            throw e;
        }
        forceDirectory(target.getParent());
        deleteTree(previous);
    }

    /** Removes what a failed write staged; the target is not touched. */
    void discard() {
        try {
            deleteTree(staging);
            deleteTree(ready);
        } catch (IOException ignored) {
            // best effort: the next write's recovery deletes them
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Makes renames and new entries of {@code directory} durable where the platform can (Linux, macOS). */
    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Windows cannot open a directory for reading; its renames are durable through NTFS's journal
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteIfExists(Path path) throws IOException {
        try {
            Files.deleteIfExists(path);
        } catch (NoSuchFileException ignored) {
            // already gone
        }
    }
}
