package io.manifesto.cli;

import io.manifesto.lint.Lint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {

    private static final String OVER_LIMIT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: registry.example/web:1.0.0
                    resources:
                      requests:
                        cpu: 300m
                      limits:
                        cpu: 200m
            """;

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

    @Test
    void printsTheReportOfADirectoryAndExitsOneOnErrors() throws IOException {
        Path file = Files.writeString(directory.resolve("web.yaml"), OVER_LIMIT);

        assertThat(run("lint", directory.toString())).isEqualTo(Main.PROBLEMS);
        assertThat(out()).isEqualTo(Lint.lint(file).text()).contains("[resources.request-above-limit]");
    }

    @Test
    void writesSarifAndJunitOnRequest() throws IOException {
        Path file = Files.writeString(directory.resolve("web.yaml"), OVER_LIMIT);

        run("lint", file.toString(), "--format", "sarif");
        run("lint", file.toString(), "--format=junit");

        assertThat(out()).isEqualTo(Lint.lint(file).sarif() + Lint.lint(file).junitXml());
    }

    @Test
    void missingPathExitsTwo() {
        assertThat(run("lint", directory.resolve("none").toString())).isEqualTo(Main.USAGE);
        assertThat(out()).contains("does not exist");
    }

    @Test
    void cleanManifestsExitZero() throws IOException {
        Files.writeString(directory.resolve("config.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  mode: fast
                """);

        assertThat(run("lint", directory.toString())).isEqualTo(Main.OK);
    }

    @Test
    void listsTheRules() {
        assertThat(run("lint", "--rules")).isEqualTo(Main.OK);
        assertThat(out()).contains("\nresources.request-above-limit error: ");
    }

    @Test
    void withoutPathsOrWithAnUnknownFormatIsAUsageError() {
        assertThat(run("lint")).isEqualTo(Main.USAGE);
        assertThat(run("lint", "x", "--format", "html")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                manifesto lint: name the files or directories of manifests, e.g. lint k8s/
                manifesto lint: unknown --format "html": use text, sarif or junit
                """);
    }

    @Test
    void checksVirtualNodePlacementsAgainstTheChosenCluster() throws IOException {
        Files.writeString(directory.resolve("pod.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: job}
                spec:
                  containers: [{name: job, image: "registry.example/job:1.0.0"}]
                  tolerations: [{key: virtual-kubelet.io/provider, operator: Exists}]
                  nodeSelector: {virtualization: virtualnode2}
                """);

        run("lint", directory.toString());
        assertThat(out()).doesNotContain("[virtual-node.absent]");
        run("lint", directory.toString(), "--cluster", "generic");
        assertThat(out()).contains("the node selector picks AKS virtual nodes v2, but the cluster profile generic"
                + " has none, so the pods would stay Pending. Fix: remove the toleration of"
                + " virtual-kubelet.io/provider and the virtual node selector, or lint with --cluster aks if the"
                + " cluster has them. [virtual-node.absent]");
        assertThat(run("lint", directory.toString(), "--cluster", "eks")).isEqualTo(Main.USAGE);
    }
}
