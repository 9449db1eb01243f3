package io.manifesto.render;

import io.manifesto.validate.Problems;
import io.manifesto.validate.ValidationException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a set of manifest files as the whole content of one directory, replacing the previous set or nothing: a
 * reader such as {@code kubectl apply -f dir} or a GitOps sync finds the previous complete set or the new one, never
 * a mix, and files of the previous set that the new one lacks do not survive.
 *
 * <p>How: the new set is written into a sibling directory {@code .<dir>.manifesto-staging}, every file forced to disk
 * (after all are written, several at a time, so the file system commits them together), then renamed to {@code .<dir>.manifesto-ready} (from here on the set counts as written); the swap is two renames,
 * {@code dir -> .<dir>.manifesto-previous} and {@code ready -> dir}, then the previous set is deleted. Renaming a
 * directory onto a name that does not exist is atomic on POSIX file systems (ext4, XFS, btrfs, tmpfs, APFS) and on
 * NTFS, but replacing an existing directory in one step is not ({@code rename(2)} refuses a non-empty target); so
 * for the microseconds between the two renames {@code dir} does not exist, and a reader then fails to find it rather
 * than reading a mix. A crash (a killed JVM, a power loss) at any point leaves a state that the recovery rule turns
 * into exactly one complete set: every write first deletes an incomplete staging set, finishes an interrupted swap
 * of a ready set, and deletes or restores the previous set ({@link #recover(Path)} runs the rule alone). One writer
 * at a time holds {@code .<dir>.manifesto-lock}. A symbolic-link swap would have no gap, but {@code kubectl apply -f
 * dir} fails on a symlinked directory unless it is written {@code dir/} (Go's {@code filepath.Walk} does not follow
 * the link) and Git stores the link instead of the files, so {@code dir} stays a plain directory. A reader that lists {@code dir} and then opens its files one by one across a swap can still see
 * names of one set and contents of the other; only a reader that checks out a commit (GitOps) is immune to that.
 *
 * <p>Because the directory is replaced whole, it must hold nothing but manifests: a directory with other files (a
 * project root, a README) is refused. Files are UTF-8 with {@code \n} line endings and mode {@code rw-r--r--} where
 * the file system has POSIX permissions. Nothing is written when a name is bad.
 */
public final class ManifestWriter {

    /** Rule id: two files of one write share a name. */
    public static final String DUPLICATE_FILE_RULE = "output.duplicate-file";
    /** Rule id: a file name that is empty or leaves the output directory. */
    public static final String FILE_NAME_RULE = "output.file-name";

    private ManifestWriter() {
    }

    /**
     * Replaces the content of {@code directory} (created if missing) with {@code files} and returns the paths
     * written, in order.
     *
     * @throws ValidationException     when two files share a name or a name leaves the directory; nothing is written
     * @throws ManifestWriteException when the disk refuses (not writable, full, a file in the way, a directory that
     *                                 holds other files); the previous set is intact
     */
    public static List<Path> write(Path directory, List<ManifestFile> files) {
        return write(directory, files, FileWriting.DISK);
    }

    /**
     * Applies the recovery rule to {@code directory} after a crash of a writer: afterwards it holds exactly one
     * complete set (or does not exist, if no set was ever completed). Every {@link #write} does this first.
     *
     * @throws ManifestWriteException when the disk refuses
     */
    public static void recover(Path directory) {
        DirectorySwap swap = new DirectorySwap(resolve(directory));
        if (!Files.isDirectory(swap.target().getParent())) {
            return;
        }
        try (FileChannel ignored = swap.lock()) {
            swap.recover();
        } catch (IOException e) {
            throw failure(swap.target(), e);
        }
    }

    static List<Path> write(Path directory, List<ManifestFile> files, FileWriting disk) {
        checkNames(directory, files);
        try (ManifestSet set = ManifestSet.open(directory, disk)) {
            files.forEach(set::add);
            return set.commit();
        }
    }

    /** The directory to replace: absolute, and the real directory when {@code directory} is a symbolic link. */
    static Path resolve(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw failure(absolute, e);
        }
    }

    /** Only a directory of manifests (and folders of them) is replaced whole; anything else is refused. */
    static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a file is in the way, not a directory");
        }
        try (Stream<Path> walk = Files.walk(target)) {
            List<Path> others = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().matches(".*\\.(yaml|yml|json)")).sorted().limit(3)
                    .toList();
            if (!others.isEmpty()) {
                throw new FileSystemException(others.get(0).toString(), null, "the directory holds files that are"
                        + " not manifests (" + others.stream().map(p -> target.relativize(p).toString())
                        .collect(Collectors.joining(", ")) + "), and a write replaces the whole directory: write"
                        + " into a directory of its own");
            }
        }
    }

    static ManifestWriteException failure(Path target, IOException e) {
        Path path = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : target;
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : "a file is in the way";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return new ManifestWriteException(target, path, reason, e);
    }

    /** A failure of the disk that names the file, whatever exception the file system gave. */
    static FileSystemException named(Path file, IOException e) {
        if (e instanceof FileSystemException named) {
            return named;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }


    /**
     * {@code true} for {@code shop.yaml} or {@code dev-spaces/prod.yaml}: parts that are neither empty, {@code .},
     * {@code ..} nor hidden (the swap's own names start with a dot), joined by {@code /}.
     */
    private static boolean isInside(String fileName) {
        if (fileName.isBlank() || fileName.contains("\\")) {
            return false;
        }
        for (String part : fileName.split("/", -1)) {
            if (part.isEmpty() || part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static void checkNames(Path directory, List<ManifestFile> files) {
        checkFileNames(directory, files.stream().map(ManifestFile::fileName).toList());
    }

    /**
     * Checks the file names of a set before anything is written, reporting every one taken twice or leaving the
     * directory at once: for a caller that streams the files into a {@link ManifestSet} afterwards.
     *
     * @throws ValidationException when a name is bad
     */
    public static void checkFileNames(Path directory, List<String> fileNames) {
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        for (String fileName : fileNames) {
            checkName(problems, directory, fileName, seen.add(fileName));
        }
        problems.verdict("output to " + directory, List.of());
    }

    /** Reports a name already used in the set ({@code unique} false) or one that leaves the directory. */
    static void checkName(Problems problems, Path directory, String fileName, boolean unique) {
        Problems.Scope scope = problems.at("File/" + fileName);
        if (!unique) {
            scope.error(DUPLICATE_FILE_RULE, "fileName", fileName, "two applications write the same file",
                    "give the applications different names");
        }
        if (!isInside(fileName)) {
            scope.error(FILE_NAME_RULE, "fileName", fileName,
                    "is not a file name, or a path of folders and a file name, inside "
                            + directory.toAbsolutePath().normalize(),
                    "use a name such as shop.yaml or dev-spaces/prod.yaml, without '..', '.', empty or hidden"
                            + " parts");
        }
    }
}
