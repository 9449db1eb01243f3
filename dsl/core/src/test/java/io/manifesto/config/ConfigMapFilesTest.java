package io.manifesto.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.application;
import static io.manifesto.Manifesto.configMap;
import static org.assertj.core.api.Assertions.assertThat;

/** ConfigMaps read from files when the definition runs: keys, text and binary content, size, unreadable files. */
class ConfigMapFilesTest {

    @TempDir
    Path directory;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(directory.resolve(name), content);
    }

    @Test
    void readsTheFilesOfADirectoryInNameOrderTextIntoDataAndBinaryIntoBinaryData() throws IOException {
        write("nginx.conf", "worker_processes 1;\n".getBytes(StandardCharsets.UTF_8));
        write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});
        write("a.txt", "é".getBytes(StandardCharsets.UTF_8));
        Files.createDirectory(directory.resolve("sub"));
        Files.writeString(directory.resolve("sub/skipped.conf"), "x");
        assertThat(application("shop").add(configMap("nginx-conf").fromFiles(directory)).build().toYaml())
                .startsWith("""
                        ---
                        apiVersion: v1
                        binaryData:
                          logo.png: iVBOR/8=
                        data:
                          a.txt: é
                          nginx.conf: |
                            worker_processes 1;
                        kind: ConfigMap
                        """);
    }

    @Test
    void reportsAMissingFileNamingItsPathWithTheOtherProblems() {
        Path missing = directory.resolve("missing.conf");
        assertThat(problemsOf(application("shop").add(configMap("nginx-conf").fromFile(missing)
                .fromFiles(directory.resolve("nowhere")), configMap("Bad")))).containsExactly(
                "error ConfigMap/nginx-conf data = \"" + missing + "\": no such file (" + missing.toAbsolutePath()
                        + "). Fix: check the path (a relative one is read from the working directory), or remove"
                        + " the call. [configmap.file]",
                "error ConfigMap/nginx-conf data = \"" + directory.resolve("nowhere") + "\": no such directory ("
                        + directory.resolve("nowhere").toAbsolutePath() + "). Fix: check the path (a relative one"
                        + " is read from the working directory), or remove the call. [configmap.file]",
                "error ConfigMap/Bad metadata.name = \"Bad\": must be a DNS-1123 subdomain: at most 253 characters of"
                        + " lower-case letters, digits, '-' and '.', starting and ending with a letter or digit. Fix:"
                        + " use a name such as \"bad\". [name.dns1123-subdomain]");
    }

    @Test
    void rejectsAFileNameThatIsNoKeyAndAKeyInDataAndBinaryData() throws IOException {
        Path spaced = write("my file.conf", "a".getBytes(StandardCharsets.UTF_8));
        Path logo = write("logo.png", new byte[] {(byte) 0xff});
        assertThat(problemsOf(application("shop").add(configMap("web").entry("logo.png", "see binaryData")
                .fromFile(spaced).fromFile(logo)))).containsExactly(
                "error ConfigMap/web data = \"my file.conf\": is not a valid ConfigMap or Secret key: at most 253"
                        + " characters of letters, digits, '-', '_' and '.'. Fix: rename the key, e.g."
                        + " \"my-file.conf\". [data.key]",
                "error ConfigMap/web binaryData[logo.png] = \"logo.png\": the key is also in data, and the API server"
                        + " rejects a key in both. Fix: keep one entry of this key: remove the .entry(...), or rename"
                        + " the file. [configmap.duplicate-key]");
    }

    @Test
    void rejectsFilesAboveTheMebibyteTheApiServerStores() throws IOException {
        write("big.bin", new byte[1024 * 1024]);
        write("more.bin", new byte[] {(byte) 0xff});
        assertThat(problemsOf(application("shop").add(configMap("big").fromFiles(directory)))).containsExactly(
                "error ConfigMap/big data = \"1048577 bytes\": the values of data and binaryData take 1048577 bytes,"
                        + " and the API server accepts at most 1048576 (1 MiB). Fix: split the files into several"
                        + " ConfigMaps, or ship large files in the image or a volume. [configmap.too-large]");
    }

    @Test
    void reportsANullEntryNamingTheMethod() {
        assertThat(problemsOf(application("shop").add(configMap("web").entry(null, "v")))).containsExactly(
                "error ConfigMap/web data = \"<none>\": null was passed to entry(...). Fix: pass a value, or leave"
                        + " the call out. [input.null]");
    }
}
