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

    static List<Example.Rendering> examples() {
        return Examples.all().stream().flatMap(example -> example.renderings().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsItsGoldenFile(Example.Rendering example) {
        GoldenFile.assertMatches(example.application().get().toYaml(), example.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesBackThroughFabric8AndRerendersToTheSameBytes(Example.Rendering example) {
        Application application = example.application().get();
        String yaml = application.toYaml();

        List<HasMetadata> parsed = ManifestReader.read(yaml);

        assertThat(parsed).extracting(HasMetadata::getKind)
                .containsExactlyElementsOf(application.resources().stream().map(HasMetadata::getKind).toList());
        assertThat(ManifestSerializer.yaml(parsed.stream().map(ManifestSerializer::canonical).toList()))
                .isEqualTo(yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void usesOnlyFieldsTheApiSchemasKnow(Example.Rendering example) {
        List<HasMetadata> parsed = ManifestReader.read(example.application().get().toYaml());

        assertThat(parsed.stream().flatMap(object -> UnknownFields.in(object).stream())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void hasNoWarningsLeftUnexplained(Example.Rendering example) {
        assertThat(example.application().get().report().warnings()).isEmpty();
    }
}
