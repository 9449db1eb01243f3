package io.manifesto.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildRenderTest {

    @TempDir
    Path out;

    @Test
    void writesEveryEnvironmentOfEveryDefinitionAndRemovesStaleFiles() throws IOException {
        Files.createDirectories(out.resolve("old"));
        Files.writeString(out.resolve("old/gone.yaml"), "stale");

        Map<String, List<String>> result = BuildRender.render(List.of(ShopDefinition.class.getName(),
                Fixtures.StaticFactory.class.getName()), null, List.of(), List.of("yaml", "json"), out.toString(), true);

        assertThat(result.get(BuildRender.ERRORS)).isEmpty();
        assertThat(result.get(BuildRender.WRITTEN)).containsExactly(
                out.resolve("default/static.yaml").toString(), out.resolve("default/static.json").toString(),
                out.resolve("prod/shop.yaml").toString(), out.resolve("prod/shop.json").toString(),
                out.resolve("staging/shop.yaml").toString(), out.resolve("staging/shop.json").toString());
        assertThat(out.resolve("old")).doesNotExist();
        assertThat(Files.readString(out.resolve("prod/shop.yaml"))).contains("replicas: 3");
        assertThat(Files.readString(out.resolve("staging/shop.yaml"))).contains("replicas: 1");
        assertThat(result.get(BuildRender.NOTES)).isNotEmpty().allSatisfy(note -> assertThat(note)
                .contains(": note Deployment/").contains("run as the user their images name"));
    }

    @Test
    void refusesAnEnvironmentDirectoryHoldingOtherFilesAndLeavesThemAlone() throws IOException {
        Files.createDirectories(out.resolve("prod"));
        Files.writeString(out.resolve("prod/notes.txt"), "not a manifest");

        Map<String, List<String>> result = BuildRender.render(List.of(ShopDefinition.class.getName()), null,
                List.of("prod"), List.of("yaml"), out.toString(), true);

        // a write replaces the directory's whole set, so a file that is not a manifest stops it (ManifestWriter)
        assertThat(result.get(BuildRender.ERRORS)).singleElement().asString()
                .contains("the directory holds files that are not manifests (notes.txt)");
        assertThat(out.resolve("prod/notes.txt")).hasContent("not a manifest");
    }

    @Test
    void rendersOnlyTheChosenEnvironment() {
        Map<String, List<String>> result = BuildRender.render(List.of(ShopDefinition.class.getName()), null,
                List.of("staging"), List.of("yaml"), out.toString(), true);

        assertThat(result.get(BuildRender.WRITTEN)).containsExactly(out.resolve("staging/shop.yaml").toString());
    }

    @Test
    void reportsEveryProblemOfEveryDefinitionAndWritesNothing() {
        Map<String, List<String>> result = BuildRender.render(List.of(Fixtures.Invalid.class.getName(),
                Fixtures.Throwing.class.getName(), ShopDefinition.class.getName(), "com.acme.Missing"), null,
                List.of("default"), List.of("yaml"), out.toString(), true);

        assertThat(result.get(BuildRender.ERRORS)).hasSize(4).satisfiesExactly(
                line -> assertThat(line).startsWith("io.manifesto.build.Fixtures$Invalid [default]: error"
                        + " Deployment/web spec.template.spec.containers[web].resources.requests.cpu = \"300m\""),
                line -> assertThat(line).startsWith("io.manifesto.build.Fixtures$Throwing [default]: application(...)"
                        + " failed: IllegalStateException: no database URL (at io.manifesto.build.Fixtures$Throwing"),
                line -> assertThat(line).isEqualTo("io.manifesto.build.ShopDefinition: has no environment"
                        + " \"default\"; it declares prod, staging"),
                line -> assertThat(line).startsWith("class com.acme.Missing is not on the class path"));
        assertThat(result.get(BuildRender.WRITTEN)).isEmpty();
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void findsServiceLoaderEntriesWhenNoClassIsNamed() {
        Map<String, List<String>> result = BuildRender.render(List.of(), null, List.of(), List.of("yaml"),
                out.toString(), true);

        assertThat(result.get(BuildRender.DEFINITIONS)).containsExactly(ShopDefinition.class.getName());
        assertThat(result.get(BuildRender.ERRORS)).isEmpty();
    }

    @Test
    void refusesTwoDefinitionsWritingOneFile() {
        Map<String, List<String>> result = BuildRender.render(List.of(ShopDefinition.class.getName(),
                SecondShop.class.getName()), null, List.of(), List.of("yaml"), out.toString(), true);

        assertThat(result.get(BuildRender.ERRORS)).containsExactly("io.manifesto.build.SecondShop and"
                + " io.manifesto.build.ShopDefinition both write prod/shop.yaml: give their applications different"
                + " names");
    }
}
