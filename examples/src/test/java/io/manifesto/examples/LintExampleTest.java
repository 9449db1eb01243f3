package io.manifesto.examples;

import io.manifesto.lint.Lint;
import io.manifesto.lint.LintReport;
import io.manifesto.testing.GoldenFile;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code examples/lint/}: hand-written manifests with the mistakes teams make, linted with the rules the DSL runs;
 * the reports are reviewed golden files. And every golden manifest the examples render lints without error.
 */
class LintExampleTest {

    private static final Path EXAMPLES = Path.of("lint");

    @Test
    void reportsTheMistakesOfTheHandWrittenManifestsAsReviewed() {
        LintReport report = Lint.lint(EXAMPLES);
        GoldenFile.assertMatches(report.text(), "lint/report.txt");
        assertThat(report.exitCode()).isEqualTo(LintReport.ERRORS);
    }

    @Test
    void writesTheSameFindingsAsSarif() {
        GoldenFile.assertMatches(Lint.lint(EXAMPLES).sarif(), "lint/report.sarif.json");
    }

    @Test
    void findsNoErrorInTheRenderedGoldenManifests() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(Path.of("..", "golden-manifests"))) {
            manifests = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(manifests).isNotEmpty();
        // each file is one application, applied on its own: linted together, one's HPA would target another's web
        for (Path manifest : manifests) {
            LintReport report = Lint.lint(manifest);
            assertThat(report.problems()).as(manifest.toString()).filteredOn(Problem::isError).isEmpty();
            assertThat(report.objects()).as(manifest.toString()).isPositive();
        }
    }
}
