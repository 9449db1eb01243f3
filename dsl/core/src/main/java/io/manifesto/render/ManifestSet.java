package io.manifesto.render;

import io.manifesto.validate.Problems;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of manifest files being written, one file at a time, as the whole new content of one directory: what
 * {@link ManifestWriter#write} does for files already in memory, for a caller that renders each file as it goes and
 * does not want to hold them all (thousands of applications, or one large one through
 * {@code Application.writeYaml(Writer)}). Nothing is visible in the directory before {@link #commit()}; a set closed
 * without commit, or failed, leaves the previous set intact. The directory is locked from {@link #open} to
 * {@link #close()}.
 *
 * <pre>{@code
 * try (ManifestSet set = ManifestSet.open(Path.of("target/manifests"))) {
 *     for (Application application : applications) {
 *         set.add(application.name() + ".yaml", application::writeYaml);
 *     }
 *     set.commit();
 * }
 * }</pre>
 */
public final class ManifestSet implements AutoCloseable {

    /** The text of one file, written to {@code out} (UTF-8, buffered; closed by the set). */
    @FunctionalInterface
    public interface Content {
        /** Writes the file's text to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path directory;
    private final DirectorySwap swap;
    private final FileChannel lock;
    private final FileWriting disk;
    private final boolean posix;
    private final Set<String> names = new HashSet<>();
    private final List<Path> staged = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private boolean ended;

    private ManifestSet(Path directory, DirectorySwap swap, FileChannel lock, FileWriting disk) throws IOException {
        this.directory = directory;
        this.swap = swap;
        this.lock = lock;
        this.disk = disk;
        this.posix = Files.getFileStore(swap.staging()).supportsFileAttributeView("posix");
    }

    /**
     * Locks {@code directory} (created if missing), finishes or undoes what a crashed writer left, and starts an
     * empty set beside it.
     *
     * @throws ManifestWriteException when the disk refuses, or {@code directory} holds files that are not manifests
     */
    public static ManifestSet open(Path directory) {
        return open(directory, FileWriting.DISK);
    }

    static ManifestSet open(Path directory, FileWriting disk) {
        Path target = ManifestWriter.resolve(directory);
        DirectorySwap swap = new DirectorySwap(target);
        FileChannel lock = null;
        try {
            Files.createDirectories(target.getParent());
            lock = swap.lock();
            swap.recover();
            ManifestWriter.checkReplaceable(target);
            Files.createDirectory(swap.staging());
            return new ManifestSet(directory, swap, lock, disk);
        } catch (IOException e) {
            if (lock != null) { // without the lock, the staging directory may be another writer's
                swap.discard();
                release(lock);
            }
            throw ManifestWriter.failure(target, e);
        }
    }

    /** Adds {@code file}; see {@link #add(String, Content)}. */
    public Path add(ManifestFile file) {
        return add(file.fileName(), out -> out.write(file.content()));
    }

    /**
     * Writes the file {@code fileName} (such as {@code shop.yaml} or {@code dev-spaces/prod.yaml}) of the new set
     * and returns the path it will have once the set is committed.
     *
     * @throws io.manifesto.validate.ValidationException when the name is taken in this set or leaves the directory;
     *                                                   the set stays open and nothing of this file is written
     * @throws ManifestWriteException                  when the disk refuses; the set is discarded
     */
    public Path add(String fileName, Content content) {
        checkOpen();
        Problems problems = new Problems();
        ManifestWriter.checkName(problems, directory, fileName, !names.contains(fileName));
        problems.verdict("output to " + directory, List.of());
        names.add(fileName);
        Path path = swap.staging().resolve(fileName);
        try {
            try {
                if (!path.getParent().equals(swap.staging())) {
                    Files.createDirectories(path.getParent()); // a file of a folder of the set
                }
                try (Writer out = new BufferedWriter(new OutputStreamWriter(disk.create(path),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    content.writeTo(out);
                }
            } catch (IOException e) {
                throw ManifestWriter.named(path, e);
            }
            if (posix) {
                Files.setPosixFilePermissions(path, READABLE);
            }
        } catch (IOException e) {
            throw fail(e);
        }
        staged.add(path);
        Path result = swap.target().resolve(fileName);
        written.add(result);
        return result;
    }

    /**
     * Forces every file to disk and puts the new set in place of the previous one, atomically for a reader of the
     * directory; returns the paths written, in the order they were added.
     *
     * @throws ManifestWriteException when the disk refuses; the previous set is intact
     */
    public List<Path> commit() {
        checkOpen();
        try {
            Forcing.forceAll(disk, staged);
            swap.markReady();
            swap.swap();
        } catch (IOException e) {
            throw fail(e);
        }
        ended = true;
        release(lock);
        return List.copyOf(written);
    }

    /** Releases the directory; a set not committed is discarded, and the previous set stays as it was. */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            swap.discard();
        }
        release(lock);
    }

    private ManifestWriteException fail(IOException e) {
        ended = true;
        swap.discard();
        release(lock);
        return ManifestWriter.failure(swap.target(), e);
    }

    private void checkOpen() {
        if (ended) {
            throw new IllegalStateException("the set of manifests for " + directory + " is already committed,"
                    + " discarded or failed: open a new one");
        }
    }

    private static void release(FileChannel lock) {
        if (lock != null && lock.isOpen()) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // closing the lock file's channel releases the lock even when close reports an error
            }
        }
    }
}
