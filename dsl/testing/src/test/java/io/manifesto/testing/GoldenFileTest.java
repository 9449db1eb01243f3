package io.manifesto.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenFileTest {

    @TempDir
    Path golden;

    @TempDir
    Path received;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private GoldenFile checker(boolean update, boolean ci) {
        return new GoldenFile(golden, update, ci, received, new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    private void goldenFile(String name, String text) throws IOException {
        Path file = golden.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String printed() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passesWhenTheTextEqualsTheGoldenFile() throws IOException {
        goldenFile("app.yaml", "kind: Service\nmetadata:\n  name: shop\n");

        checker(false, false).verify("kind: Service\nmetadata:\n  name: shop\n", "app.yaml");

        assertThat(received).isEmptyDirectory();
    }

    @Test
    void staticEntryPointChecksAnExplicitDirectory() throws IOException {
        goldenFile("nested/app.yaml", "kind: Service\n");

        GoldenFile.assertMatches("kind: Service\n", "nested/app.yaml", golden);
    }

    @Test
    void ignoresWindowsAndOldMacLineEndingsOfTheGoldenFile() throws IOException {
        goldenFile("crlf.yaml", "a: 1\r\nb: 2\r\n");
        goldenFile("cr.yaml", "a: 1\rb: 2\r");

        checker(false, false).verify("a: 1\nb: 2\n", "crlf.yaml");
        checker(false, false).verify("a: 1\nb: 2\n", "cr.yaml");
    }

    @Test
    void rejectsCarriageReturnsInTheReceivedOutputEvenOnUpdate() throws IOException {
        goldenFile("app.yaml", "a: 1\nb: 2\n");
        Path goldenPath = golden.resolve("app.yaml").toAbsolutePath().normalize();
        Path receivedPath = received.resolve("app.yaml").toAbsolutePath().normalize();
        String message = "the received output for golden file " + goldenPath + " has \\r (carriage return) line"
                + " breaks; manifests end their lines with \\n only, so it can neither match nor become a golden"
                + " file\nreceived output written to " + receivedPath;

        assertThatThrownBy(() -> checker(false, false).verify("a: 1\r\nb: 2\r\n", "app.yaml"))
                .isInstanceOf(AssertionFailedError.class).hasMessage(message);
        assertThatThrownBy(() -> checker(true, false).verify("a: 1\r\nb: 2\r\n", "app.yaml"))
                .isInstanceOf(AssertionFailedError.class).hasMessage(message);
        assertThat(goldenPath).content(StandardCharsets.UTF_8).isEqualTo("a: 1\nb: 2\n");
        assertThat(receivedPath).content(StandardCharsets.UTF_8).isEqualTo("a: 1\r\nb: 2\r\n");
    }

    @Test
    void reportsTheFirstDifferenceAndAUnifiedDiff() throws IOException {
        goldenFile("hpa.yaml", "a\nb\nc\nd\ne\nf\ng\nh\n");
        Path goldenPath = golden.resolve("hpa.yaml").toAbsolutePath().normalize();
        Path receivedPath = received.resolve("hpa.yaml").toAbsolutePath().normalize();

        assertThatThrownBy(() -> checker(false, false).verify("a\nb\nc\nd\nE\nf\ng\nh\ni\n", "hpa.yaml"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("golden file " + goldenPath + " does not match the received output\n"
                        + "first difference at line 5:\n"
                        + "expected: e\n"
                        + "actual:   E\n"
                        + "\n"
                        + "--- golden/hpa.yaml\n"
                        + "+++ received/hpa.yaml\n"
                        + "@@ -2,7 +2,8 @@\n"
                        + " b\n"
                        + " c\n"
                        + " d\n"
                        + "-e\n"
                        + "+E\n"
                        + " f\n"
                        + " g\n"
                        + " h\n"
                        + "+i\n"
                        + "\n"
                        + "received output written to " + receivedPath + "\n"
                        + "to accept it: mvn verify -Dgolden.update=true, then review and commit the diff")
                .satisfies(error -> {
                    AssertionFailedError failure = (AssertionFailedError) error;
                    assertThat(failure.getExpected().getValue()).isEqualTo("a\nb\nc\nd\ne\nf\ng\nh\n");
                    assertThat(failure.getActual().getValue()).isEqualTo("a\nb\nc\nd\nE\nf\ng\nh\ni\n");
                });
    }

    @Test
    void splitsDistantChangesIntoSeparateHunks() throws IOException {
        goldenFile("long.yaml", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n");

        assertThatThrownBy(() -> checker(false, false).verify("1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n", "long.yaml"))
                .hasMessageContaining("--- golden/long.yaml\n"
                        + "+++ received/long.yaml\n"
                        + "@@ -1,5 +1,5 @@\n"
                        + " 1\n"
                        + "-2\n"
                        + "+TWO\n"
                        + " 3\n"
                        + " 4\n"
                        + " 5\n"
                        + "@@ -9,4 +9,3 @@\n"
                        + " 9\n"
                        + " 10\n"
                        + " 11\n"
                        + "-12\n"
                        + "\n");
    }

    @Test
    void showsEndOfFileWhenTheReceivedTextIsShorter() throws IOException {
        goldenFile("short.yaml", "a\nb\n");

        assertThatThrownBy(() -> checker(false, false).verify("a\n", "short.yaml"))
                .hasMessageContaining("first difference at line 2:\n"
                        + "expected: b\n"
                        + "actual:   <end of file>\n");
    }

    @Test
    void ignoresAByteOrderMarkAtTheStartOfTheGoldenFile() throws IOException {
        goldenFile("bom.yaml", "\uFEFF---\nkind: Service\n");

        checker(false, false).verify("---\nkind: Service\n", "bom.yaml");
    }

    /** A terminal shows these pairs of lines alike; the escaped copy says what differs. */
    @Test
    void escapesLinesThatDifferOnlyInCharactersThatDoNotShow() throws IOException {
        goldenFile("space.yaml", "---\nkind: Service \n");
        goldenFile("nbsp.yaml", "---\nmetadata:\n  name: shop\u00A0web\n");
        goldenFile("bom.yaml", "---\n");
        String legend = "the lines differ only in characters that do not show; escaped (\\uXXXX for a character"
                + " outside printable ASCII, \u00B7 for a trailing space):\n";

        assertThatThrownBy(() -> checker(false, false).verify("---\nkind: Service\n", "space.yaml"))
                .hasMessageContaining("first difference at line 2:\n"
                        + "expected: kind: Service \n"
                        + "actual:   kind: Service\n"
                        + legend
                        + "expected: kind: Service\u00B7\n"
                        + "actual:   kind: Service\n\n");
        assertThatThrownBy(() -> checker(false, false).verify("---\nmetadata:\n  name: shop web\n", "nbsp.yaml"))
                .hasMessageContaining(legend
                        + "expected:   name: shop\\u00A0web\n"
                        + "actual:     name: shop web\n\n");
        assertThatThrownBy(() -> checker(false, false).verify("\uFEFF---\n", "bom.yaml"))
                .hasMessageContaining(legend
                        + "expected: ---\n"
                        + "actual:   \\uFEFF---\n\n");
    }

    @Test
    void showsVisibleDifferencesOnlyOnce() throws IOException {
        goldenFile("app.yaml", "name: caf\u00E9\n");

        assertThatThrownBy(() -> checker(false, false).verify("name: cafe\n", "app.yaml"))
                .message().doesNotContain("escaped");
    }

    @Test
    void explainsADifferenceInTheFinalLineBreakOnly() throws IOException {
        goldenFile("eol.yaml", "a\n");

        assertThatThrownBy(() -> checker(false, false).verify("a", "eol.yaml"))
                .hasMessageContaining("the files differ only in the line break at the end: the golden file"
                        + " ends with one, the received output has none\n");
    }

    @Test
    void capsALongDiff() throws IOException {
        goldenFile("big.yaml", "x\n".repeat(100));

        assertThatThrownBy(() -> checker(false, false).verify("y\n".repeat(100), "big.yaml"))
                .hasMessageContaining("\n... (143 more lines)\n");
    }

    @Test
    void writesTheReceivedTextOnAMismatch() throws IOException {
        goldenFile("deep/app.yaml", "replicas: 2\n");

        assertThatThrownBy(() -> checker(false, false).verify("replicas: 3\n", "deep/app.yaml"))
                .isInstanceOf(AssertionFailedError.class);

        assertThat(received.resolve("deep/app.yaml")).content(StandardCharsets.UTF_8).isEqualTo("replicas: 3\n");
        assertThat(golden.resolve("deep/app.yaml")).content(StandardCharsets.UTF_8).isEqualTo("replicas: 2\n");
    }

    @Test
    void updateRewritesAMismatchingGoldenFileAndPasses() throws IOException {
        goldenFile("app.yaml", "replicas: 2\n");

        checker(true, false).verify("replicas: 3\n", "app.yaml");

        Path goldenPath = golden.resolve("app.yaml").toAbsolutePath().normalize();
        assertThat(goldenPath).content(StandardCharsets.UTF_8).isEqualTo("replicas: 3\n");
        assertThat(printed()).isEqualTo("golden file updated: " + goldenPath + System.lineSeparator());
        try (var files = Files.list(golden)) {
            assertThat(files).as("no temporary file left behind").containsExactly(goldenPath);
        }
    }

    @Test
    void updateLeavesAMatchingGoldenFileAlone() throws IOException {
        goldenFile("app.yaml", "replicas: 2\n");

        checker(true, false).verify("replicas: 2\n", "app.yaml");

        assertThat(printed()).isEmpty();
    }

    @Test
    void refusesToUpdateOnCi() throws IOException {
        goldenFile("app.yaml", "replicas: 2\n");

        assertThatThrownBy(() -> checker(true, true).verify("replicas: 3\n", "app.yaml"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("golden files are never rewritten when CI=true;"
                        + " run the update locally and commit the diff");
        assertThat(golden.resolve("app.yaml")).content(StandardCharsets.UTF_8).isEqualTo("replicas: 2\n");
        assertThat(printed()).isEmpty();
    }

    @Test
    void failsWhenTheGoldenFileIsMissingAndGivesTheCommand() {
        Path goldenPath = golden.resolve("new.yaml").toAbsolutePath().normalize();

        assertThatThrownBy(() -> checker(false, false).verify("kind: Namespace\n", "new.yaml"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("golden file " + goldenPath + " is missing; create it with"
                        + " mvn verify -Dgolden.update=true, then review and commit the diff\n"
                        + "received output written to " + received.resolve("new.yaml").toAbsolutePath().normalize());
        assertThat(goldenPath).doesNotExist();
    }

    @Test
    void failsWhenTheGoldenFileIsMissingOnCi() {
        assertThatThrownBy(() -> checker(false, true).verify("kind: Namespace\n", "new.yaml"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("is missing; golden files are never created when CI=true;"
                        + " run mvn verify -Dgolden.update=true locally, then review and commit the new file");
    }

    @Test
    void updateCreatesAMissingGoldenFileWithItsFolders() {
        checker(true, false).verify("kind: Namespace\n", "envs/dev/ns.yaml");

        Path goldenPath = golden.resolve("envs/dev/ns.yaml").toAbsolutePath().normalize();
        assertThat(goldenPath).content(StandardCharsets.UTF_8).isEqualTo("kind: Namespace\n");
        assertThat(printed()).isEqualTo("golden file updated: " + goldenPath + System.lineSeparator());
    }

    @Test
    void rejectsAGoldenNameOutsideTheGoldenDirectory() {
        assertThatThrownBy(() -> checker(true, false).verify("x", "../escape.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("golden name must be a relative file path inside the golden directory,"
                        + " but was \"../escape.yaml\"");
    }
}
