package io.manifesto.render;

import io.manifesto.Manifesto;
import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestWriterTest {

    @TempDir
    Path directory;

    private List<String> filesIn(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesOneFilePerApplicationAndNoTemporaryFiles() throws IOException {
        var shop = application("shop").add(configMap("settings").entry("a", "b")).build();
        var billing = application("billing").add(configMap("settings")).build();

        List<Path> written = Manifesto.write(directory.resolve("out"), shop, billing);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("shop.yaml", "billing.yaml");
        assertThat(filesIn(directory.resolve("out"))).containsExactly("billing.yaml", "shop.yaml");
        assertThat(Files.readString(written.get(0))).isEqualTo(shop.toYaml());
    }

    @Test
    void writesNothingWhenTwoFilesShareAName() throws IOException {
        var one = application("shop").add(configMap("a")).build();
        var two = application("shop").add(configMap("b")).build();

        assertThatThrownBy(() -> Manifesto.write(directory.resolve("out"), one, two))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("error File/shop.yaml fileName = \"shop.yaml\": two applications write the"
                        + " same file. Fix: give the applications different names. [output.duplicate-file]");
        assertThat(filesIn(directory.resolve("out"))).isEmpty();
    }

    @Test
    void writesNothingWhenAFileNameLeavesTheDirectory() throws IOException {
        assertThatThrownBy(() -> ManifestWriter.write(directory,
                List.of(new ManifestFile("ok.yaml", "a"), new ManifestFile("../escape.yaml", "b"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("[output.file-name]");
        assertThat(filesIn(directory)).isEmpty();
    }

    @Test
    void writesFilesOfFoldersAsPartOfOneSet() throws IOException {
        Path out = directory.resolve("out");

        ManifestWriter.write(out, List.of(new ManifestFile("shop.yaml", "a"),
                new ManifestFile("dev-spaces/prod.yaml", "b")));
        ManifestWriter.write(out, List.of(new ManifestFile("dev-spaces/dev.yaml", "c")));

        assertThat(Files.readString(out.resolve("dev-spaces/dev.yaml"))).isEqualTo("c");
        assertThat(out.resolve("shop.yaml")).doesNotExist();
        assertThat(out.resolve("dev-spaces/prod.yaml")).doesNotExist();
    }

    @Test
    void refusesHiddenAndEmptyPartsOfAFileName() {
        assertThatThrownBy(() -> ManifestWriter.write(directory, List.of(new ManifestFile("a//b.yaml", "a"),
                new ManifestFile(".x/b.yaml", "b"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("error File/a//b.yaml fileName = \"a//b.yaml\": is not a file name, or a path"
                        + " of folders and a file name, inside ")
                .hasMessageContaining("error File/.x/b.yaml fileName");
    }

    @Test
    void anInvalidApplicationFailsBeforeAnythingIsWritten() throws IOException {
        Path out = directory.resolve("out");
        assertThatThrownBy(() -> Manifesto.write(out,
                application("shop").add(configMap("ok")).build(),
                application("bad").add(deployment("web").container(container("web").limits(cpu("1g")))).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("application bad is invalid: 2 errors, 0 warnings");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path out = Files.createDirectory(directory.resolve("out"));
        Files.writeString(out.resolve("shop.yaml"), "old content that is longer than the new one".repeat(50));
        var shop = application("shop").add(configMap("settings")).build();

        Manifesto.write(out, shop);

        assertThat(Files.readString(out.resolve("shop.yaml"))).isEqualTo(shop.toYaml());
        assertThat(filesIn(out)).containsExactly("shop.yaml");
    }

    @Test
    void writesFilesEveryoneCanRead() throws IOException {
        Path written = Manifesto.write(directory.resolve("out"), application("shop").add(configMap("settings")).build()).get(0);

        if (Files.getFileStore(written).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                    .isEqualTo("rw-r--r--");
        }
    }
}
