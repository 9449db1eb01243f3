package io.manifesto.fuzz;

import io.manifesto.core.Application;
import io.manifesto.lint.Lint;
import io.manifesto.lint.LintReport;
import io.manifesto.render.ManifestReader;
import io.manifesto.render.ManifestSerializer;
import io.manifesto.rules.RuleCatalog;
import io.manifesto.scheduling.NodePools;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of {@code build()} over generated definitions ({@link Definitions}), each property once with
 * a fixed seed and once with a fresh one (jqwik prints the seed of a failure; replay with {@code seed = "..."}).
 * The number of cases is {@code jqwik.tries.default} ({@code src/test/resources/junit-platform.properties};
 * {@code -Djqwik.tries.default=10000} for a long run). Built applications are also written to
 * {@code target/fuzz-manifests/} for the schema check of {@code .ci/run}.
 */
class BuildFuzzTest {

    private static final String FIXED_SEED = "20261203";
    private static final Path OUTPUT = Path.of("target", "fuzz-manifests");
    private static final int OUTPUT_LIMIT = 300;
    private static final AtomicInteger WRITTEN = new AtomicInteger();
    private static final RuleCatalog CATALOG = RuleCatalog.standard();

    @Provide
    Arbitrary<Definitions.Definition> definitions() {
        return Definitions.definitions();
    }

    @Property(seed = FIXED_SEED)
    void buildReturnsOrRejectsCleanlyFixedSeed(@ForAll("definitions") Definitions.Definition definition) {
        buildReturnsOrRejectsCleanly(definition);
    }

    @Property
    void buildReturnsOrRejectsCleanlyFreshSeed(@ForAll("definitions") Definitions.Definition definition) {
        buildReturnsOrRejectsCleanly(definition);
    }

    /**
     * Properties 1-4: {@code build()} returns or throws {@link ValidationException} and nothing else, never
     * {@code component.failed}; a built application re-parses and re-renders to the same bytes, renders the same
     * bytes under another locale and time zone, and lints without error; every problem of a rejection names a
     * resource, a field, a rule id of the {@link RuleCatalog} and a fix.
     */
    private static void buildReturnsOrRejectsCleanly(Definitions.Definition definition) {
        Application app;
        try {
            app = definition.builder().build();
        } catch (ValidationException e) {
            Statistics.label("outcome").collect("rejected");
            e.errors().stream().map(Problem::ruleId).distinct().forEach(rule -> Statistics.label("errors").collect(rule));
            assertThat(e.problems()).as("problems of a rejection").isNotEmpty();
            for (Problem problem : e.problems()) {
                assertThat(problem.ruleId()).as("rule id of " + problem)
                        .isNotEqualTo(Application.COMPONENT_FAILED_RULE);
                assertThat(CATALOG.find(problem.ruleId())).as("catalog entry of the rule of " + problem).isPresent();
                assertThat(problem.resource()).as("resource of " + problem).isNotBlank();
                assertThat(problem.field()).as("field of " + problem).isNotBlank();
                assertThat(problem.fix()).as("fix of " + problem).isNotBlank();
            }
            return;
        }
        Statistics.label("outcome").collect("built");
        assertThat(app.report().toString()).doesNotContain(Application.COMPONENT_FAILED_RULE);
        String yaml = app.toYaml();
        String rerendered = ManifestSerializer.yaml(ManifestReader.read(yaml).stream()
                .map(ManifestSerializer::canonical).toList());
        assertThat(rerendered).as("re-parsed and re-rendered").isEqualTo(yaml);
        assertThat(underForeignLocale(definition)).as("under tr-TR, Asia/Tokyo").isEqualTo(yaml);
        // lint assumes the standard cluster (AKS with virtual nodes); tell it the application's own
        LintReport lint = Lint.yaml("built.yaml", yaml, NodePools.of(app.model()));
        assertThat(lint.problems()).as("lint errors of the built YAML").noneMatch(Problem::isError);
        keepForSchemaCheck(yaml);
    }

    private static String underForeignLocale(Definitions.Definition definition) {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            return definition.builder().build().toYaml();
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static void keepForSchemaCheck(String yaml) {
        int index = WRITTEN.getAndIncrement();
        if (index >= OUTPUT_LIMIT) {
            return;
        }
        try {
            Files.createDirectories(OUTPUT);
            Files.writeString(OUTPUT.resolve(String.format(Locale.ROOT, "built-%04d.yaml", index)), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
