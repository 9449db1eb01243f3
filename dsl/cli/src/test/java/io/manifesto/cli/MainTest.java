package io.manifesto.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpDescribesEveryCommandAndExitsZero() {
        assertThat(run("--help")).isEqualTo(Main.OK);
        assertThat(out()).startsWith("usage: java -jar manifesto-cli.jar COMMAND [OPTIONS]")
                .contains("render --class NAME", "Exit codes: 0 clean, 1 problems found, 2 bad usage");
    }

    @Test
    void noArgumentsPrintsHelpAndExitsTwo() {
        assertThat(run()).isEqualTo(Main.USAGE);
        assertThat(out()).startsWith("usage:");
    }

    @Test
    void unknownCommandIsOneLineAndExitsTwo() {
        assertThat(run("deploy")).isEqualTo(Main.USAGE);
        assertThat(err()).isEqualTo("manifesto unknown command \"deploy\": use render or lint; see manifesto --help\n");
    }

    @Test
    void printsTheYamlOfAStaticFactory() {
        assertThat(run("render", "--class", Single.class.getName())).isEqualTo(Main.OK);
        assertThat(out()).isEqualTo(Single.define().toYaml());
    }

    @Test
    void printsTheChosenEnvironmentAsJson() {
        assertThat(run("render", "--class", Shop.class.getName(), "--environment=staging", "--format", "json"))
                .isEqualTo(Main.OK);
        assertThat(out()).isEqualTo(new Shop().application(io.manifesto.environment.Environment.named("staging"))
                .toJson());
    }

    @Test
    void asksForAnEnvironmentWhenSeveralWouldBePrinted() {
        assertThat(run("render", "--class", Shop.class.getName())).isEqualTo(Main.USAGE);
        assertThat(err()).isEqualTo("manifesto render: io.manifesto.cli.Shop renders 2 environments (prod, staging):"
                + " choose one with --environment, or write them all with --out DIR\n");
    }

    @Test
    void writesEveryEnvironmentIntoItsFolder() throws IOException {
        assertThat(run("render", "--class", Shop.class.getName(), "--out", directory.toString()))
                .isEqualTo(Main.OK);
        assertThat(out()).isEqualTo("wrote " + directory.resolve("prod/shop.yaml") + "\nwrote "
                + directory.resolve("staging/shop.yaml") + "\n");
        assertThat(Files.readString(directory.resolve("prod/shop.yaml"))).contains("kind: HorizontalPodAutoscaler");
        assertThat(err()).isEqualTo(note("prod") + note("staging"));
    }

    private static String note(String environment) {
        return "io.manifesto.cli.Shop [" + environment + "]: note Deployment/web: runAsNonRoot is true and no"
                + " runAsUser is set, so containers [web] run as the user their images name, and do not start if an"
                + " image runs as root or names its user (USER nginx) instead of a numeric uid. Set the uid with"
                + " .podSecurity(PodSecurity.NONE.runAsUser(10001)), or check each image's USER is a numeric uid"
                + " other than 0.\n";
    }

    @Test
    void reportsEveryErrorOfTheDefinitionAndExitsOne() {
        assertThat(run("render", "--class", Invalid.class.getName(), "--out", directory.toString()))
                .isEqualTo(Main.PROBLEMS);
        assertThat(err()).startsWith("io.manifesto.cli.Invalid [default]: error Deployment/web"
                        + " spec.template.spec.containers[web].resources.requests.cpu = \"300m\"")
                .endsWith("\nmanifesto render: io.manifesto.cli.Invalid has 1 error; nothing written\n")
                .doesNotContain("\tat ");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void missingClassIsOneLineAndExitsTwo() {
        assertThat(run("render", "--class", "com.acme.Shop")).isEqualTo(Main.USAGE);
        assertThat(err()).isEqualTo("manifesto render: class com.acme.Shop is not on the class path: check the name"
                + " (package included) and that the class is compiled\n");
    }

    @Test
    void missingClassPathEntryIsOneLineAndExitsTwo() {
        assertThat(run("render", "--class", "com.acme.Shop", "--classpath", "no/such/dir")).isEqualTo(Main.USAGE);
        assertThat(err()).isEqualTo("manifesto render: the --classpath entry no/such/dir does not exist\n");
    }

    @Test
    void unknownOptionAndMissingValueAreUsageErrors() {
        assertThat(run("render", "--klass", "x")).isEqualTo(Main.USAGE);
        assertThat(run("render", "--class")).isEqualTo(Main.USAGE);
        assertThat(run("render")).isEqualTo(Main.USAGE);
        assertThat(err()).isEqualTo("""
                manifesto render: unknown option --klass; see manifesto --help
                manifesto render: --class needs a value
                manifesto render: --class is required, e.g. --class com.acme.Shop
                """);
    }

    @Test
    void kustomizeNeedsAnOutputFolderAndEveryEnvironment() {
        assertThat(run("render", "--class", Shop.class.getName(), "--format", "kustomize")).isEqualTo(Main.USAGE);
        assertThat(run("render", "--class", Shop.class.getName(), "--format", "kustomize", "--out", "x",
                "--environment", "prod")).isEqualTo(Main.USAGE);
        assertThat(run("render", "--class", Shop.class.getName(), "--format", "helm")).isEqualTo(Main.USAGE);
        assertThat(err()).isEqualTo("""
                manifesto render: --format kustomize writes folders: add --out DIR
                manifesto render: --format kustomize renders every environment: drop --environment
                manifesto render: unknown --format "helm": use yaml, json or kustomize
                """);
    }
}
