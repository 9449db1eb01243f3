package io.manifesto.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-process command writes what the public API renders, one file per app or one for all. */
class RenderAppsTest {

    @Test
    void writesOneFilePerAppAsASetOrStreamed(@TempDir Path directory) throws Exception {
        RenderApps.main(new String[] {"5", "per-app", directory.resolve("one").toString()});
        RenderApps.main(new String[] {"5", "per-app", directory.resolve("two").toString(), "full", "--stream"});

        try (var files = Files.list(directory.resolve("one"))) {
            assertThat(files).hasSize(5);
        }
        for (int i = 0; i < 5; i++) {
            String file = SeedApp.name(i) + ".yaml";
            assertThat(Files.readString(directory.resolve("one").resolve(file)))
                    .isEqualTo(Apps.perApp(i, SeedApp.Variant.SEED).build().toYaml());
            assertThat(Files.readString(directory.resolve("two").resolve(file)))
                    .isEqualTo(Apps.perApp(i, SeedApp.Variant.FULL).build().toYaml());
        }
    }

    @Test
    void writesOneFileForOneApplicationWithAll(@TempDir Path directory) throws Exception {
        RenderApps.main(new String[] {"3", "all-in-one", directory.toString()});

        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("apps.yaml");
        }
        assertThat(Files.readString(directory.resolve("apps.yaml")))
                .isEqualTo(Apps.compose(3, Shape.ALL_IN_ONE, SeedApp.Variant.SEED).get(0).build().toYaml());
    }
}
