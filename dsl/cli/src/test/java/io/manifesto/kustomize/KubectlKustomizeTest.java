package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manifesto.cli.Main;
import io.manifesto.cli.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real tool: {@code kubectl kustomize overlays/<environment>} over what {@code render --format kustomize} wrote
 * gives the objects of the direct render. Needs kubectl (1.32 has kustomize built in); off unless
 * {@code -Dkubectl.check=true}, which {@code .ci/run} passes, so the README's test command needs only a JDK and Maven.
 */
class KubectlKustomizeTest {

    @TempDir
    Path directory;

    @Test
    void kubectlKustomizeOfEachOverlayGivesTheDirectRender() throws Exception {
        assumeTrue(Boolean.getBoolean("kubectl.check"), "kubectl check is off; -Dkubectl.check=true turns it on");
        int code = Main.run(new String[] {"render", "--class", Shop.class.getName(), "--format", "kustomize",
            "--out", directory.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isEqualTo(Main.OK);

        Shop shop = new Shop();
        for (var environment : shop.environments()) {
            String kustomized = kubectlKustomize(directory.resolve("overlays").resolve(environment.name()));

            assertThat(sorted(KustomizeExport.read(kustomized))).as(environment.name())
                    .isEqualTo(sorted(KustomizeExport.read(shop.application(environment).toYaml())));
        }
    }

    private static String kubectlKustomize(Path overlay) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is not on the PATH, and -Dkubectl.check=true needs it: install kubectl"
                    + " 1.32 (kustomize is built in), or drop -Dkubectl.check", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + overlay + " exit code").isZero();
        return new String(output, StandardCharsets.UTF_8);
    }

    private static List<ObjectNode> sorted(List<ObjectNode> objects) {
        return objects.stream().sorted(Comparator.comparing(object -> ObjectKey.of(object).toString())).toList();
    }
}
