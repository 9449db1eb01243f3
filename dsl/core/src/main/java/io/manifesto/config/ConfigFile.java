package io.manifesto.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file read into a ConfigMap when the definition runs: its name is the key; UTF-8 text goes to {@code data},
 * anything else, base64, to {@code binaryData}, as {@code kubectl create configmap --from-file} does. A file that
 * cannot be read is kept as its problem, for the build to report with every other.
 *
 * @param path    the path as given
 * @param key     the key: the file's name
 * @param text    the content for {@code data}, or {@code null}
 * @param base64  the content for {@code binaryData}, or {@code null}
 * @param problem why the file could not be read, or {@code null}
 */
record ConfigFile(String path, String key, String text, String base64, String problem) {

    /** Reads {@code path}; never throws. */
    static ConfigFile read(Path path) {
        String key = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return failed(path, key, "is a directory; read its files with fromFiles(...)");
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return new ConfigFile(path.toString(), key, text, null, null);
            } catch (CharacterCodingException binary) {
                return new ConfigFile(path.toString(), key, null, Base64.getEncoder().encodeToString(bytes), null);
            }
        } catch (IOException | SecurityException e) {
            return failed(path, key, reason(e));
        }
    }

    /** The regular files directly in {@code directory}, by name; a single problem when it cannot be listed. */
    static List<ConfigFile> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of(failed(directory, "", Files.exists(directory)
                    ? "is not a directory; read it with fromFile(...)" : "no such directory"));
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<ConfigFile> files = new ArrayList<>();
            entries.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .forEach(file -> files.add(read(file)));
            return files;
        } catch (IOException | SecurityException e) {
            return List.of(failed(directory, "", reason(e)));
        }
    }

    private static ConfigFile failed(Path path, String key, String problem) {
        return new ConfigFile(path.toString(), key, null, null, problem + " (" + path.toAbsolutePath() + ")");
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        return "cannot be read: " + e.getMessage();
    }
}
