package io.manifesto.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A write replaces the whole set or nothing, and a refusal names the path and leaves the previous set intact. */
class ManifestSetReplacementTest {

    private static final List<ManifestFile> OLD = List.of(new ManifestFile("a.yaml", "old a\\n"),
            new ManifestFile("stale.yaml", "old stale\\n"));
    private static final List<ManifestFile> NEW = List.of(new ManifestFile("a.yaml", "new a\\n"),
            new ManifestFile("b.yaml", "new b\\n"), new ManifestFile("c.yaml", "new c\\n"));

    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("out");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName() + "=" + read(p)).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.isDirectory(file) ? "<dir>" : Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(parent)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertOldSetIntact() throws IOException {
        assertThat(listing(out())).containsExactly("a.yaml=old a\\n", "stale.yaml=old stale\\n");
        assertThat(siblings()).containsExactly(".out.manifesto-lock", "out");
    }

    @Test
    void theNewSetReplacesTheOldOneAndNoStaleFileSurvives() throws IOException {
        ManifestWriter.write(out(), OLD);

        List<Path> written = ManifestWriter.write(out(), NEW);

        assertThat(written).containsExactly(out().resolve("a.yaml"), out().resolve("b.yaml"), out().resolve("c.yaml"));
        assertThat(listing(out())).containsExactly("a.yaml=new a\\n", "b.yaml=new b\\n", "c.yaml=new c\\n");
        assertThat(siblings()).containsExactly(".out.manifesto-lock", "out");
    }

    @Test
    void aFullDiskFailsNamingTheFileAndKeepsThePreviousSet() throws IOException {
        ManifestWriter.write(out(), OLD);
        FileWriting fullAfterOneFile = file -> file.getFileName().toString().equals("b.yaml")
                ? fullDisk() : FileWriting.DISK.create(file);

        assertThatThrownBy(() -> ManifestWriter.write(out(), NEW, fullAfterOneFile))
                .isInstanceOf(ManifestWriteException.class)
                .hasMessage("cannot write manifests to " + out() + ": No space left on device ("
                        + parent.resolve(".out.manifesto-staging/b.yaml") + "); the previous set in " + out()
                        + " is intact");
        assertOldSetIntact();
    }

    /** The kernel's own answer of a full disk: {@code /dev/full} refuses every write with ENOSPC. */
    private static OutputStream fullDisk() throws IOException {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            throw new IOException("No space left on device");
        }
        return Files.newOutputStream(full);
    }

    @Test
    void aDirectoryThatRefusesWritesFailsNamingIt() throws IOException {
        ManifestWriter.write(out(), OLD);
        FileWriting denied = file -> {
            throw new AccessDeniedException(file.toString());
        };

        assertThatThrownBy(() -> ManifestWriter.write(out(), NEW, denied))
                .isInstanceOf(ManifestWriteException.class)
                .hasMessage("cannot write manifests to " + out() + ": permission denied ("
                        + parent.resolve(".out.manifesto-staging/a.yaml") + "); the previous set in " + out()
                        + " is intact");
        assertOldSetIntact();
    }

    @Test
    void aFileSystemThatRefusesEvenRootFailsNamingThePath() {
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys), "Linux sysfs refuses new entries, even for root");

        assertThatThrownBy(() -> ManifestWriter.write(sys.resolve("manifesto-out"), NEW))
                .isInstanceOf(ManifestWriteException.class)
                .hasMessageStartingWith("cannot write manifests to /sys/manifesto-out: ")
                .hasMessageContaining("(/sys/.manifesto-out.manifesto-lock); the previous set in /sys/manifesto-out"
                        + " is intact");
    }

    @Test
    void aFileInThePlaceOfTheDirectoryIsNotReplaced() throws IOException {
        Files.writeString(out(), "a file the user wrote");

        assertThatThrownBy(() -> ManifestWriter.write(out(), NEW))
                .isInstanceOf(ManifestWriteException.class)
                .hasMessage("cannot write manifests to " + out() + ": a file is in the way, not a directory ("
                        + out() + "); the previous set in " + out() + " is intact");
        assertThat(Files.readString(out())).isEqualTo("a file the user wrote");
    }

    @Test
    void aFileInThePlaceOfAParentFailsNamingIt() throws IOException {
        Files.writeString(parent.resolve("blocker"), "x");
        Path target = parent.resolve("blocker/out");

        assertThatThrownBy(() -> ManifestWriter.write(target, NEW))
                .isInstanceOf(ManifestWriteException.class)
                .hasMessage("cannot write manifests to " + target + ": a file is in the way ("
                        + parent.resolve("blocker") + "); the previous set in " + target + " is intact");
    }

    @Test
    void aDirectoryWithFilesOtherThanManifestsIsNotReplaced() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("README.md"), "notes");
        Files.writeString(out().resolve("a.yaml"), "mine");

        assertThatThrownBy(() -> ManifestWriter.write(out(), NEW))
                .isInstanceOf(ManifestWriteException.class)
                .hasMessage("cannot write manifests to " + out() + ": the directory holds files that are not"
                        + " manifests (README.md), and a write replaces the whole directory: write into a directory"
                        + " of its own (" + out().resolve("README.md") + "); the previous set in " + out()
                        + " is intact");
        assertThat(listing(out())).containsExactly("README.md=notes", "a.yaml=mine");
    }

    @Test
    void aSymbolicLinkToTheDirectoryStaysALinkToTheNewSet() throws IOException {
        Path real = parent.resolve("real");
        ManifestWriter.write(real, OLD);
        Path link = Files.createSymbolicLink(parent.resolve("link"), real);

        ManifestWriter.write(link, NEW);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(listing(link)).containsExactly("a.yaml=new a\\n", "b.yaml=new b\\n", "c.yaml=new c\\n");
    }

    @Test
    void recoveryDeletesAnIncompleteStagedSet() throws IOException {
        ManifestWriter.write(out(), OLD);
        Files.createDirectory(parent.resolve(".out.manifesto-staging"));
        Files.writeString(parent.resolve(".out.manifesto-staging/a.yaml"), "half");

        ManifestWriter.recover(out());

        assertOldSetIntact();
    }

    @Test
    void recoveryFinishesASwapThatStoppedBetweenTheTwoRenames() throws IOException {
        ManifestWriter.write(out(), OLD);
        Files.move(out(), parent.resolve(".out.manifesto-previous"));
        Path ready = Files.createDirectory(parent.resolve(".out.manifesto-ready"));
        Files.writeString(ready.resolve("b.yaml"), "new b\\n");

        ManifestWriter.recover(out());

        assertThat(listing(out())).containsExactly("b.yaml=new b\\n");
        assertThat(siblings()).containsExactly(".out.manifesto-lock", "out");
    }

    @Test
    void recoveryPutsACompleteReadySetInPlaceOfTheOldOne() throws IOException {
        ManifestWriter.write(out(), OLD);
        Path ready = Files.createDirectory(parent.resolve(".out.manifesto-ready"));
        Files.writeString(ready.resolve("b.yaml"), "new b\\n");

        ManifestWriter.recover(out());

        assertThat(listing(out())).containsExactly("b.yaml=new b\\n");
        assertThat(siblings()).containsExactly(".out.manifesto-lock", "out");
    }

    @Test
    void recoveryDeletesThePreviousSetLeftBesideTheNewOne() throws IOException {
        ManifestWriter.write(out(), OLD);
        Path previous = Files.createDirectory(parent.resolve(".out.manifesto-previous"));
        Files.writeString(previous.resolve("gone.yaml"), "old\\n");

        ManifestWriter.recover(out());

        assertOldSetIntact();
    }
}
