package io.manifesto.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file assertion: checks that rendered text equals a reviewed file kept under version
 * control (by default in the project's {@code golden-manifests} folder).
 *
 * <p>The golden file's line endings are normalised to {@code \n} before comparing (a checkout
 * may have turned them into {@code \r\n}), and a leading byte order mark is dropped; the received
 * text is compared as it is, so that it renders exactly as the file, and a received text holding
 * {@code \r} never matches nor becomes a golden file. On a mismatch the failure shows the first
 * differing line (escaped too, when the two lines differ only in characters that do not show) and
 * a short unified diff, and the received text is written to
 * {@code target/golden-received/<goldenName>} so that it can be inspected.
 *
 * <p>Golden files are never changed silently: {@code -Dgolden.update=true} rewrites mismatching
 * or missing files, and is refused when the environment variable {@code CI} is {@code true}, where
 * a missing golden file is a failure too.
 *
 * <pre>{@code
 * GoldenFile.assertMatches(yaml, "horizontal-scaling.yaml");
 * }</pre>
 */
public final class GoldenFile {

    /** System property naming the golden directory explicitly. */
    public static final String DIR_PROPERTY = "golden.dir";

    /** System property that, set to {@code true}, rewrites mismatching or missing golden files. */
    public static final String UPDATE_PROPERTY = "golden.update";

    /** The folder looked for in the working directory and its parents. */
    public static final String DEFAULT_DIR_NAME = "golden-manifests";

    /** The command that accepts the rendered output as the new golden files. */
    public static final String UPDATE_COMMAND = "mvn verify -Dgolden.update=true";

    private static final int MAX_DIFF_LINES = 60;
    private static final String END_OF_FILE = "<end of file>";

    private final Path goldenDir;
    private final boolean update;
    private final boolean ci;
    private final Path receivedDir;
    private final PrintStream out;

    GoldenFile(Path goldenDir, boolean update, boolean ci, Path receivedDir, PrintStream out) {
        this.goldenDir = Objects.requireNonNull(goldenDir, "goldenDir");
        this.update = update;
        this.ci = ci;
        this.receivedDir = Objects.requireNonNull(receivedDir, "receivedDir");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Checks {@code actual} against the golden file {@code goldenName} (a relative path such as
     * {@code horizontal-scaling.yaml}) in the golden directory: the {@code golden.dir} system
     * property if set, otherwise the first {@code golden-manifests} folder found walking up from
     * the working directory. The update switch and {@code CI} are read from the environment.
     *
     * @throws AssertionFailedError if the texts differ, the golden file is missing, or no golden
     *     directory can be found
     */
    public static void assertMatches(String actual, String goldenName) {
        assertMatches(actual, goldenName, locateGoldenDir());
    }

    /**
     * Checks {@code actual} against the golden file {@code goldenName} in {@code goldenDir}. The
     * update switch ({@code -Dgolden.update=true}) and {@code CI} are read from the environment.
     *
     * @throws AssertionFailedError if the texts differ or the golden file is missing
     */
    public static void assertMatches(String actual, String goldenName, Path goldenDir) {
        with(goldenDir, Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY)), isCi())
                .verify(actual, goldenName);
    }

    /**
     * Returns a golden-file checker with explicit settings instead of the environment's: the
     * golden directory, whether the update switch is on, and whether this runs on CI. Received
     * files go to {@code target/golden-received} under the working directory.
     */
    public static GoldenFile with(Path goldenDir, boolean update, boolean ci) {
        return new GoldenFile(
                goldenDir,
                update,
                ci,
                Path.of("").toAbsolutePath().resolve("target").resolve("golden-received"),
                System.out);
    }

    /**
     * Checks {@code actual} against the golden file {@code goldenName} with this checker's
     * settings; see the class documentation for the update and CI rules.
     *
     * @throws AssertionFailedError if the texts differ or the golden file is missing, or if an
     *     update is requested on CI
     */
    public void verify(String actual, String goldenName) {
        Objects.requireNonNull(actual, "actual");
        Path golden = resolve(goldenDir, goldenName);
        if (update && ci) {
            throw new AssertionFailedError("cannot update golden file " + golden + ": golden files are never"
                    + " rewritten when CI=true; run the update locally and commit the diff");
        }
        if (actual.indexOf('\r') >= 0) {
            Path receivedFile = keepReceived(goldenName, actual);
            throw new AssertionFailedError("the received output for golden file " + golden + " has \\r"
                    + " (carriage return) line breaks; manifests end their lines with \\n only, so it can"
                    + " neither match nor become a golden file\n"
                    + "received output written to " + receivedFile);
        }
        if (!Files.exists(golden)) {
            missing(golden, goldenName, actual);
            return;
        }
        String expected = normalise(read(golden));
        if (expected.equals(actual)) {
            return;
        }
        if (update) {
            rewrite(golden, actual);
            return;
        }
        Path receivedFile = keepReceived(goldenName, actual);
        throw new AssertionFailedError(
                mismatchMessage(golden, goldenName, expected, actual, receivedFile), expected, actual);
    }

    private void rewrite(Path golden, String received) {
        write(golden, received);
        out.println("golden file updated: " + golden);
    }

    private Path keepReceived(String goldenName, String received) {
        Path receivedFile = resolve(receivedDir, goldenName);
        write(receivedFile, received);
        return receivedFile;
    }

    private void missing(Path golden, String goldenName, String received) {
        if (update) {
            rewrite(golden, received);
            return;
        }
        Path receivedFile = keepReceived(goldenName, received);
        String how = ci
                ? "golden files are never created when CI=true; run " + UPDATE_COMMAND
                        + " locally, then review and commit the new file"
                : "create it with " + UPDATE_COMMAND + ", then review and commit the diff";
        throw new AssertionFailedError("golden file " + golden + " is missing; " + how + "\n"
                + "received output written to " + receivedFile);
    }

    /**
     * Turns {@code \r\n} and lone {@code \r} into {@code \n}, and drops a leading byte order mark (which a Windows
     * editor may add): for golden files only.
     */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String mismatchMessage(
            Path golden, String goldenName, String expected, String actual, Path receivedFile) {
        List<String> expectedLines = lines(expected);
        List<String> actualLines = lines(actual);
        StringBuilder message = new StringBuilder()
                .append("golden file ").append(golden).append(" does not match the received output\n");
        int line = firstDifference(expectedLines, actualLines);
        if (line < 0) {
            message.append("the files differ only in the line break at the end: the golden file ")
                    .append(expected.endsWith("\n") ? "ends with one" : "has none")
                    .append(", the received output ")
                    .append(actual.endsWith("\n") ? "ends with one" : "has none")
                    .append('\n');
        } else {
            String expectedLine = lineOrEnd(expectedLines, line);
            String actualLine = lineOrEnd(actualLines, line);
            message.append("first difference at line ").append(line + 1).append(":\n")
                    .append("expected: ").append(expectedLine).append('\n')
                    .append("actual:   ").append(actualLine).append('\n');
            if (visible(expectedLine).equals(visible(actualLine))) {
                message.append("the lines differ only in characters that do not show; escaped (\\uXXXX for a"
                                + " character outside printable ASCII, \u00B7 for a trailing space):\n")
                        .append("expected: ").append(escaped(expectedLine)).append('\n')
                        .append("actual:   ").append(escaped(actualLine)).append('\n');
            }
            message.append('\n');
            for (String diffLine : LineDiff.unified(expectedLines, actualLines,
                    "golden/" + goldenName, "received/" + goldenName, MAX_DIFF_LINES)) {
                message.append(diffLine).append('\n');
            }
        }
        return message.append('\n')
                .append("received output written to ").append(receivedFile).append('\n')
                .append("to accept it: ").append(UPDATE_COMMAND).append(", then review and commit the diff")
                .toString();
    }

    /**
     * How a line looks: without invisible characters (a byte order mark, zero-width spaces), every kind of space as
     * a plain one, and no trailing white space.
     */
    private static String visible(String line) {
        StringBuilder shown = new StringBuilder();
        line.codePoints().filter(c -> Character.getType(c) != Character.FORMAT)
                .map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c)
                .forEach(shown::appendCodePoint);
        return shown.toString().stripTrailing();
    }

    /** {@code line} with every character outside printable ASCII as {@code \\uXXXX} and trailing spaces as dots. */
    private static String escaped(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (i >= end) {
                escaped.append('\u00B7');
            } else if (c >= 0x20 && c < 0x7F) {
                escaped.append(c);
            } else {
                escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return escaped.toString();
    }

    /** The lines of a normalised text; a final line break ends the last line rather than adding one. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static int firstDifference(List<String> expected, List<String> actual) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return i;
            }
        }
        return expected.size() == actual.size() ? -1 : common;
    }

    private static String lineOrEnd(List<String> lines, int index) {
        return index < lines.size() ? lines.get(index) : END_OF_FILE;
    }

    private static Path resolve(Path dir, String goldenName) {
        Objects.requireNonNull(goldenName, "goldenName");
        Path relative = Path.of(goldenName);
        Path base = dir.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (relative.isAbsolute() || goldenName.isEmpty() || !resolved.startsWith(base) || resolved.equals(base)) {
            throw new IllegalArgumentException(
                    "golden name must be a relative file path inside the golden directory, but was \""
                            + goldenName + "\"");
        }
        return resolved;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file, e);
        }
    }

    /** Writes through a temporary file and a move, so a reader never sees half a file. */
    private static void write(Path file, String text) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is only litter; the write itself already succeeded or failed.
                }
            }
        }
    }

    private static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Path locateGoldenDir() {
        String property = System.getProperty(DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT_DIR_NAME);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionFailedError("no golden directory: no folder named " + DEFAULT_DIR_NAME
                + " in " + start + " or any of its parents; create one there, or set the system property "
                + DIR_PROPERTY + " (e.g. -D" + DIR_PROPERTY + "=path/to/golden-manifests)");
    }
}
