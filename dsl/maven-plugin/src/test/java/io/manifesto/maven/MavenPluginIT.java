package io.manifesto.maven;

import io.manifesto.testing.GoldenFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the real Maven builds of the sample projects under src/it wrote, run before this by the invoker. */
class MavenPluginIT {

    private static final Path PROJECTS = Path.of(System.getProperty("it.directory", "target/it"));

    @Test
    void packageRendersEveryEnvironmentOfTheServiceLoadedDefinitionIntoTheJar() throws IOException {
        Path sample = PROJECTS.resolve("render-sample");
        Path manifests = sample.resolve("target/classes/META-INF/manifesto");

        for (String file : List.of("prod/shop.yaml", "prod/shop.json", "staging/shop.yaml", "staging/shop.json")) {
            GoldenFile.assertMatches(Files.readString(manifests.resolve(file)), "maven-plugin/render-sample/" + file);
        }
        try (JarFile jar = new JarFile(sample.resolve("target/shop-1.0.0.jar").toFile())) {
            assertThat(jar.getEntry("META-INF/manifesto/prod/shop.yaml")).isNotNull();
            assertThat(jar.getEntry("META-INF/manifesto/staging/shop.json")).isNotNull();
        }
    }

    @Test
    void verifyLintsTheRenderedAndTheHandWrittenManifestsAndWritesTheReports() throws IOException {
        Path sample = PROJECTS.resolve("render-sample");

        assertThat(Files.readString(sample.resolve("build.log")))
                .contains("[INFO] manifesto:lint: 0 errors, 0 warnings in 11 objects of 5 files")
                .contains("[INFO] com.acme.Shop [prod]: note Deployment/web: runAsNonRoot is true and no runAsUser"
                        + " is set, so containers [web] run as the user their images name");
        assertThat(Files.readString(sample.resolve("target/manifesto-lint/manifesto-lint.sarif")))
                .contains("\"version\" : \"2.1.0\"");
        assertThat(sample.resolve("target/manifesto-lint/TEST-manifesto-lint.xml")).isRegularFile();
    }

    @Test
    void lintPrintsEachProblemWithFileAndLineAndFailsTheBuild() throws IOException {
        Path project = PROJECTS.resolve("lint-errors");
        String log = Files.readString(project.resolve("build.log"));

        assertThat(log).containsPattern("\\[ERROR\\] \\S*/src/main/k8s/web\\.yaml:\\d+: error Deployment/web"
                + " spec\\.template\\.spec\\.containers\\[web\\]\\.resources\\.requests\\.cpu = \"300m\"");
        assertThat(log).contains("manifesto:lint: 1 error, ");
        assertThat(Files.readString(project.resolve("target/manifesto-lint/manifesto-lint.sarif")))
                .contains("resources.request-above-limit");
    }

    @Test
    void lintChecksTheManifestsAgainstTheConfiguredCluster() throws IOException {
        Path project = PROJECTS.resolve("lint-cluster");
        String log = Files.readString(project.resolve("build.log"));

        assertThat(log).contains("[INFO] manifesto:lint: 0 errors, ");
        assertThat(log).containsPattern("\\[ERROR\\] \\S*/src/main/k8s/job\\.yaml:13: error Pod/job"
                + " spec\\.nodeSelector = \"\\{virtualization=virtualnode2}\": the node selector picks AKS virtual"
                + " nodes v2, but the cluster profile generic has none");
        assertThat(log).contains("manifesto:lint: 1 error, ");
        assertThat(Files.readString(project.resolve("target/manifesto-lint/manifesto-lint.sarif")))
                .contains("virtual-node.absent");
    }

    @Test
    void everyProblemOfEveryDefinitionIsAMavenErrorNamingItsClassAndTheBuildFailsOnce() throws IOException {
        String log = Files.readString(PROJECTS.resolve("render-errors/build.log"));

        assertThat(log).contains("[ERROR] com.acme.Cart [default]: error Deployment/cart"
                        + " spec.template.spec.containers[cart].resources.requests.cpu = \"300m\"",
                "[ERROR] com.acme.Checkout [default]: error Service/checkout spec.ports[htp].targetPort = \"htp\"");
        assertThat(Pattern.compile("manifesto:render: 2 errors, \\d+ warnings? in com.acme.Cart, com.acme.Checkout;"
                + " nothing written").matcher(log).results().count()).isEqualTo(1);
        assertThat(PROJECTS.resolve("render-errors/target/classes/META-INF/manifesto")).doesNotExist();
    }
}
