package io.manifesto.examples;

import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The README's quickstart is the compiled {@link Quickstart}, not a copy that drifts. */
class ReadmeTest {

    @Test
    void readmeShowsTheCompiledQuickstart() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/manifesto/examples/Quickstart.java"));
        String block = source.substring(source.indexOf("// quickstart:begin\n") + "// quickstart:begin\n".length(),
                source.indexOf("        // quickstart:end"));
        String dedented = Arrays.stream(block.split("\n", -1))
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));

        assertThat(Files.readString(Path.of("../README.md"))).contains(dedented);
    }

    @Test
    void readmeQuickstartPastedIntoMainPrintsTheGoldenYaml(@TempDir Path work) throws Exception {
        String block = ReadmeSnippets.javaBlock(Files.readString(Path.of("../README.md")),
                "import static io.manifesto.Manifesto.*;\n\n// in main");

        String printed = ReadmeSnippets.runAsMain("import static io.manifesto.Manifesto.*;",
                block.substring(block.indexOf("\n") + 1), work);

        assertThat(printed).isEqualTo(Files.readString(Path.of("../golden-manifests/quickstart.yaml")));
    }

    @Test
    void readmeShowsTheTestKitClassThatTheBuildRuns() throws IOException {
        String test = Files.readString(Path.of("src/test/java/io/manifesto/examples/QuickstartTest.java"));

        assertThat(Files.readString(Path.of("../README.md")))
                .contains(test.substring(test.indexOf("import ")));
    }

    @Test
    void readmeShowsTheSampleProjectThatTheMavenPluginTestBuilds() throws IOException {
        String pom = Files.readString(Path.of("../dsl/maven-plugin/src/it/render-sample/pom.xml"));
        String build = pom.substring(pom.indexOf("  <dependencies>"), pom.indexOf("    <pluginManagement>"));

        assertThat(Files.readString(Path.of("../README.md"))).contains(build);
    }

    @Test
    void readmeShowsTheRealMessageOfAnInvalidApplication() throws IOException {
        var shop = deployment("shop")
                .container(container("web").image("shop:1.0.0").port("http", 8080)
                        .requests(cpu("300m")).limits(cpu("200m")))
                .servicePort("htp", 80);

        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> application("shop").add(shop).build());

        assertThat(Files.readString(Path.of("../README.md"))).contains(error.getMessage());
    }

    @Test
    void readmeOpensWithTheRenderAndTestCommands() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme.indexOf("mvn -B -q package -DskipTests -Prender")).isBetween(0, 200);
        assertThat(readme.indexOf("mvn -B verify")).isBetween(0, 400);
        assertThat(Files.readString(Path.of("../.ci/run"))).contains("mvn -B verify");
    }
}
