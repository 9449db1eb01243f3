package io.manifesto.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.manifesto.core.Application;
import io.manifesto.lint.Lint;
import io.manifesto.lint.LintReport;
import io.manifesto.render.ManifestSerializer;
import io.manifesto.rules.RuleEngine;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property 4, second half: a single-field corruption ({@link Corruption}) of one document of a built application's
 * YAML is either reported by lint ({@link Lint#yaml}, the rules of {@code build()}) or valid by the schema. Lint
 * must read every corruption without throwing and without a rule that fails; the schema half runs outside the JVM:
 * each corrupted document that lint reports no error for is written to {@code target/fuzz-corruptions/}, with a
 * header saying what was corrupted, and {@code .ci/run} runs the schema check on that directory, so a corruption
 * that lint misses and the API server rejects fails CI, naming its file. Fixed seed and fresh seed, as
 * {@link BuildFuzzTest}.
 */
class CorruptionFuzzTest {

    private static final String FIXED_SEED = "20261203";
    private static final Path OUTPUT = Path.of("target", "fuzz-corruptions");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final AtomicInteger WRITTEN = new AtomicInteger();

    @BeforeContainer
    static void emptyOutput() throws IOException {
        if (Files.isDirectory(OUTPUT)) {
            try (Stream<Path> files = Files.walk(OUTPUT)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(OUTPUT);
    }

    @Provide
    Arbitrary<Definitions.Definition> definitions() {
        return Definitions.definitions();
    }

    @Property(seed = FIXED_SEED)
    void corruptionIsReportedOrValidFixedSeed(@ForAll("definitions") Definitions.Definition definition,
                                              @ForAll long corruptionSeed) {
        corruptionIsReportedOrValid(definition, corruptionSeed, "fixed seed " + FIXED_SEED);
    }

    @Property
    void corruptionIsReportedOrValidFreshSeed(@ForAll("definitions") Definitions.Definition definition,
                                              @ForAll long corruptionSeed) {
        corruptionIsReportedOrValid(definition, corruptionSeed, "fresh seed");
    }

    private static void corruptionIsReportedOrValid(Definitions.Definition definition, long corruptionSeed,
                                                    String run) {
        Application app;
        try {
            app = definition.builder().build();
        } catch (ValidationException e) {
            Assume.that(false);
            return;
        }
        List<ObjectNode> documents = documents(app.toYaml());
        Random random = new Random(corruptionSeed);
        int target = random.nextInt(documents.size());
        ObjectNode corrupted = documents.get(target);
        String resource = corrupted.path("kind").asText() + "/" + corrupted.path("metadata").path("name").asText();
        Corruption corruption = Corruption.apply(corrupted, random);
        String yaml = ManifestSerializer.yaml(documents);

        LintReport lint = Lint.yaml("corrupted.yaml", yaml);
        assertThat(lint.problems()).as("rules that failed on " + corruption)
                .noneMatch(problem -> problem.ruleId().equals(RuleEngine.FAILED.id()));
        boolean reported = lint.problems().stream().anyMatch(Problem::isError);
        Statistics.label("corruption").collect(corruption.kind(), reported ? "reported" : "not reported");
        if (!reported) {
            keepForSchemaCheck(resource, corruption, corruptionSeed, run, corrupted);
        }
    }

    private static List<ObjectNode> documents(String yaml) {
        try {
            List<ObjectNode> documents = new ArrayList<>();
            YAML.readerFor(ObjectNode.class).<ObjectNode>readValues(yaml).forEachRemaining(documents::add);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keepForSchemaCheck(String resource, Corruption corruption, long seed, String run,
                                           ObjectNode document) {
        String header = "# corruption of " + resource + ": " + corruption.description().replace('\n', ' ') + "\n"
                + "# found by CorruptionFuzzTest (" + run + "), corruption seed " + seed + "\n"
                + "# schema-check-note: lint reported no error for this corrupted document (CorruptionFuzzTest):"
                + " an error of the schema check here is a mistake that kubectl apply rejects and lint misses\n";
        try {
            Files.writeString(OUTPUT.resolve(String.format(Locale.ROOT, "corruption-%04d.yaml",
                    WRITTEN.getAndIncrement())), header + ManifestSerializer.yaml(List.of(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
