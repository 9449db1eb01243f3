package io.manifesto.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link ManifestWriterCrashTest}: writes generation after generation of a large set into one
 * directory until it is killed. Generation {@code g} has {@link #fileCount(long)} files, each naming its generation
 * and the file count on the first line and ending with {@code # end <g>}, so a checker can tell a complete set from a
 * mix, a truncated file or a stale file.
 */
final class EndlessWriter {

    static final int PAYLOAD_LINES = 120;

    private EndlessWriter() {
    }

    /** Even and odd generations differ in size, so a stale file of the larger set would show. */
    static int fileCount(long generation) {
        return generation % 2 == 0 ? 60 : 45;
    }

    static String fileName(int index) {
        return String.format(java.util.Locale.ROOT, "m-%03d.yaml", index);
    }

    static List<ManifestFile> set(long generation) {
        int count = fileCount(generation);
        List<ManifestFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder content = new StringBuilder("# generation " + generation + " files " + count + "\n");
            for (int line = 0; line < PAYLOAD_LINES; line++) {
                content.append("key-").append(line).append(": value of file ").append(i).append('\n');
            }
            content.append("# end ").append(generation).append('\n');
            files.add(new ManifestFile(fileName(i), content.toString()));
        }
        return files;
    }

    /** Arguments: the directory and the first generation. */
    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        for (long generation = Long.parseLong(args[1]); ; generation++) {
            ManifestWriter.write(directory, set(generation));
        }
    }
}
