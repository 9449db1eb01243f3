package io.manifesto.render;

import io.manifesto.validate.Problems;
import io.manifesto.validate.ValidationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes manifest files into a directory. Every name is checked and every file is written to a temporary file beside
 * its target before any target changes; then each is moved into place atomically, so a reader never sees a
 * half-written file, and a failure while writing the temporary files leaves every target as it was (the moves that
 * follow are atomic one file at a time, not as a set). Files are UTF-8 with {@code \n} line
 * endings and mode {@code rw-r--r--} where the file system has POSIX permissions.
 */
public final class ManifestWriter {

    /** Rule id: two files of one write share a name. */
    public static final String DUPLICATE_FILE_RULE = "output.duplicate-file";
    /** Rule id: a file name that is empty or leaves the output directory. */
    public static final String FILE_NAME_RULE = "output.file-name";

    private ManifestWriter() {
    }

    /**
     * Writes {@code files} into {@code directory} (created if missing) and returns the paths written, in order.
     *
     * @throws ValidationException when two files share a name or a name leaves the directory; nothing is written
     * @throws UncheckedIOException when the disk refuses; the temporary files are removed and no target changed
     */
    public static List<Path> write(Path directory, List<ManifestFile> files) {
        checkNames(directory, files);
        List<Path> temporaries = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (ManifestFile file : files) {
                Path temporary = Files.createTempFile(directory, ".manifesto-", ".tmp");
                temporaries.add(temporary);
                Files.writeString(temporary, file.content(), StandardCharsets.UTF_8);
                makeReadable(temporary);
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path target = directory.resolve(files.get(i).fileName());
                move(temporaries.get(i), target);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write manifests into " + directory + ": " + e.getMessage(), e);
        } finally {
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is hidden and harmless
                }
            }
        }
    }

    /** Temporary files are created {@code rw-------}; manifests are for everyone who reads the directory. */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void checkNames(Path directory, List<ManifestFile> files) {
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        Path root = directory.toAbsolutePath().normalize();
        for (ManifestFile file : files) {
            Problems.Scope scope = problems.at("File/" + file.fileName());
            if (!seen.add(file.fileName())) {
                scope.error(DUPLICATE_FILE_RULE, "fileName", file.fileName(),
                        "two applications write the same file",
                        "give the applications different names");
            }
            Path target = root.resolve(file.fileName()).normalize();
            if (file.fileName().isBlank() || !target.getParent().equals(root)) {
                scope.error(FILE_NAME_RULE, "fileName", file.fileName(),
                        "is not a plain file name inside " + root,
                        "use a name without '/' or '..'");
            }
        }
        problems.verdict("output to " + directory, List.of());
    }
}
