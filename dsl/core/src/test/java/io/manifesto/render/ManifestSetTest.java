package io.manifesto.render;

import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A set written file by file as it is rendered: invisible until committed, discarded when not. */
class ManifestSetTest {

    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("out");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.walk(out())) {
            return files.filter(Files::isRegularFile).map(p -> out().relativize(p) + "=" + read(p)).sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void writeOldSet() {
        ManifestWriter.write(out(), List.of(new ManifestFile("old.yaml", "old\n")));
    }

    @Test
    void filesStreamedIntoASetAppearTogetherOnCommit() throws IOException {
        writeOldSet();
        try (ManifestSet set = ManifestSet.open(out())) {
            set.add("a.yaml", writer -> writer.write("kind: A\n"));
            set.add("folder/b.yaml", writer -> {
                writer.write("kind: ");
                writer.write("B\n");
            });
            assertThat(listing()).as("before commit").containsExactly("old.yaml=old\n");

            assertThat(set.commit()).containsExactly(out().resolve("a.yaml"), out().resolve("folder/b.yaml"));
        }
        assertThat(listing()).containsExactly("a.yaml=kind: A\n", "folder/b.yaml=kind: B\n");
    }

    @Test
    void aSetClosedWithoutCommitLeavesThePreviousSetAndNoStagingBehind() throws IOException {
        writeOldSet();
        try (ManifestSet set = ManifestSet.open(out())) {
            set.add("a.yaml", writer -> writer.write("new\n"));
        }
        assertThat(listing()).containsExactly("old.yaml=old\n");
        try (Stream<Path> siblings = Files.list(parent)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(".out.manifesto-lock", "out");
        }
    }

    @Test
    void aNameTakenInTheSetIsRefusedAndTheSetStaysOpen() throws IOException {
        try (ManifestSet set = ManifestSet.open(out())) {
            set.add("a.yaml", writer -> writer.write("first\n"));

            assertThatThrownBy(() -> set.add("a.yaml", writer -> writer.write("second\n")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("output to " + out() + " is invalid: 1 error, 0 warnings\n  error File/a.yaml"
                            + " fileName = \"a.yaml\": two applications write the same file. Fix: give the"
                            + " applications different names. [output.duplicate-file]");
            set.add("b.yaml", writer -> writer.write("b\n"));
            set.commit();
        }
        assertThat(listing()).containsExactly("a.yaml=first\n", "b.yaml=b\n");
    }

    @Test
    void aFailingContentDiscardsTheSetAndNamesTheFile() throws IOException {
        writeOldSet();
        try (ManifestSet set = ManifestSet.open(out())) {
            assertThatThrownBy(() -> set.add("a.yaml", writer -> {
                throw new IOException("the renderer's stream broke");
            }))
                    .isInstanceOf(ManifestWriteException.class)
                    .hasMessage("cannot write manifests to " + out() + ": the renderer's stream broke ("
                            + parent.resolve(".out.manifesto-staging/a.yaml") + "); the previous set in " + out()
                            + " is intact");
            assertThatThrownBy(set::commit).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the set of manifests for " + out() + " is already committed, discarded or failed:"
                            + " open a new one");
        }
        assertThat(listing()).containsExactly("old.yaml=old\n");
    }

    @Test
    void aForceThatFailsLeavesThePreviousSet() throws IOException {
        writeOldSet();
        FileWriting forceFails = new FileWriting() {
            @Override
            public java.io.OutputStream create(Path file) throws IOException {
                return DISK.create(file);
            }

            @Override
            public void force(Path file) throws IOException {
                if (file.getFileName().toString().equals("c7.yaml")) {
                    throw new IOException("Input/output error");
                }
                FileWriting.super.force(file);
            }
        };
        List<ManifestFile> files = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new ManifestFile("c" + i + ".yaml", "c\n")).toList();

        assertThatThrownBy(() -> ManifestWriter.write(out(), files, forceFails))
                .isInstanceOf(ManifestWriteException.class)
                .hasMessage("cannot write manifests to " + out() + ": Input/output error ("
                        + parent.resolve(".out.manifesto-staging/c7.yaml") + "); the previous set in " + out()
                        + " is intact");
        assertThat(listing()).containsExactly("old.yaml=old\n");
    }
}
