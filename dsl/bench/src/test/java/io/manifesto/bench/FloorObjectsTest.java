package io.manifesto.bench;

import io.manifesto.core.Application;
import io.manifesto.render.ManifestSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The floor is only a fair comparison if it builds exactly the objects Manifesto renders. */
class FloorObjectsTest {

    @ParameterizedTest
    @EnumSource(SeedApp.Variant.class)
    void floorBuildsTheObjectsManifestoRendersForOneApplicationPerApp(SeedApp.Variant variant) {
        List<Application> applications = Apps.build(Apps.compose(3, Shape.PER_APP, variant));

        for (int i = 0; i < 3; i++) {
            assertThat(canonicalYaml(FloorObjects.of(i, SeedApp.name(i), variant)))
                    .isEqualTo(applications.get(i).toYaml());
        }
    }

    @ParameterizedTest
    @EnumSource(SeedApp.Variant.class)
    void floorBuildsTheObjectsManifestoRendersForOneApplicationWithAll(SeedApp.Variant variant) {
        Application all = Apps.build(Apps.compose(3, Shape.ALL_IN_ONE, variant)).get(0);

        var objects = IntStream.range(0, 3).boxed().flatMap(i -> FloorObjects.of(i, "apps", variant).stream())
                .toList();
        assertThat(all.resources()).hasSize(3 * variant.objects());
        assertThat(ManifestSerializer.yaml(all.resources().stream().map(ManifestSerializer::canonical).toList()))
                .isEqualTo(all.toYaml());
        assertThat(objects.stream().map(ManifestSerializer::canonical).toList())
                .containsExactlyInAnyOrderElementsOf(all.resources().stream().map(ManifestSerializer::canonical)
                        .toList());
    }

    private static String canonicalYaml(List<io.fabric8.kubernetes.api.model.HasMetadata> objects) {
        return ManifestSerializer.yaml(objects.stream().map(ManifestSerializer::canonical).toList());
    }
}
