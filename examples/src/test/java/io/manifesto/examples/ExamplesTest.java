package io.manifesto.examples;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Application;
import io.manifesto.render.ManifestReader;
import io.manifesto.render.ManifestSerializer;
import io.manifesto.testing.GoldenFile;
import io.manifesto.testing.UnknownFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example renders exactly as its reviewed golden file, and its YAML means what it says. */
class ExamplesTest {

    static List<Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsItsGoldenFile(Example example) {
        GoldenFile.assertMatches(example.definition().get().toYaml(), example.fileName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesBackThroughFabric8AndRerendersToTheSameBytes(Example example) {
        Application application = example.definition().get();
        String yaml = application.toYaml();

        List<HasMetadata> parsed = ManifestReader.read(yaml);

        assertThat(parsed).extracting(HasMetadata::getKind)
                .containsExactlyElementsOf(application.resources().stream().map(HasMetadata::getKind).toList());
        assertThat(ManifestSerializer.yaml(parsed.stream().map(ManifestSerializer::canonical).toList()))
                .isEqualTo(yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void usesOnlyFieldsTheApiSchemasKnow(Example example) {
        List<HasMetadata> parsed = ManifestReader.read(example.definition().get().toYaml());

        assertThat(parsed.stream().flatMap(object -> UnknownFields.in(object).stream())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void hasNoWarningsLeftUnexplained(Example example) {
        assertThat(example.definition().get().report().warnings()).isEmpty();
    }
}
