package io.manifesto.examples;

import io.fabric8.kubernetes.api.model.Service;
import io.manifesto.environment.Drift;
import io.manifesto.spaces.SpaceRendering;
import io.manifesto.spaces.Spaces;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static io.manifesto.Manifesto.check;
import static io.manifesto.Manifesto.diff;
import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** One definition renders prod, staging, dev and the developers' spaces; they differ only where the team allows. */
class DevSpacesTest {

    private final DevSpaces definition = new DevSpaces();

    private Drift stagingToProd() {
        return diff(definition, DevSpaces.STAGING, DevSpaces.PROD);
    }

    @Test
    void stagingDiffersFromProdOnlyWhereTheTeamAllows() {
        assertThat(stagingToProd()).differsOnlyIn(
                "Namespace/*", "metadata.namespace", "*/headroom",
                "Deployment/orders spec.replicas", "HorizontalPodAutoscaler/web spec.*Replicas",
                "Deployment/web spec.template.spec.containers[web].image", "**[app.kubernetes.io/version]",
                "Ingress/web spec.rules[*].host", "Ingress/web spec.tls[*].hosts[*]",
                "ConfigMap/orders-config data.LOG_LEVEL");
    }

    @Test
    void readmeShowsTheCompiledDefinition() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/manifesto/examples/DevSpaces.java"));
        String block = source.substring(source.indexOf("    // dev-spaces:begin\n") + "    // dev-spaces:begin\n".length(),
                source.indexOf("    // dev-spaces:end"));
        String dedented = Arrays.stream(block.split("\n", -1))
                .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
                .collect(Collectors.joining("\n"));

        assertThat(Files.readString(Path.of("../README.md"))).contains(dedented);
    }

    @Test
    void readmeShowsTheDiffBetweenStagingAndProd() throws IOException {
        assertThat(Files.readString(Path.of("../README.md"))).contains(stagingToProd().toString());
    }

    @Test
    void aliceRunsOnlyWebAndReachesDevsOrdersUnderItsUsualName() {
        SpaceRendering alice = render("alice");

        assertThat(alice.application()).service("orders").hasType("ExternalName");
        Service orders = (Service) alice.application().resources().stream()
                .filter(o -> o.getKind().equals("Service") && o.getMetadata().getName().equals("orders"))
                .findFirst().orElseThrow();
        assertThat(orders.getSpec().getExternalName()).isEqualTo("orders.shop-dev.svc.cluster.local");
        assertThat(ids(alice))
                .containsExactly("Namespace/shop-dev-alice", "Service/orders", "Service/web", "Deployment/web",
                        "HorizontalPodAutoscaler/web", "Ingress/web", "Ingress/web-canary");
    }

    @Test
    void bobRunsBothWithTheirConfigurationAndWebAtOneFixedReplica() {
        SpaceRendering bob = render("bob");

        assertThat(ids(bob))
                .containsExactly("Namespace/shop-dev-bob", "ConfigMap/orders-config", "Service/orders",
                        "Service/web", "Deployment/orders", "Deployment/web", "Ingress/web");
        assertThat(bob.application()).deployment("web").hasReplicas(1);
    }

    @Test
    void everySpacePassesEveryObjectRuleOfTheLibrary() {
        assertThat(Spaces.of(new DevSpaces()).render()).allSatisfy(space ->
                assertThat(check(space.application().resources()).problems()).isEmpty());
    }

    @Test
    void spacesLeaveNoWarningUnexplained() {
        assertThat(Spaces.of(new DevSpaces()).render()).allSatisfy(space -> assertThat(space.report().warnings()).isEmpty());
    }

    private static List<String> ids(SpaceRendering space) {
        return space.application().resources().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName())
                .toList();
    }

    private static SpaceRendering render(String name) {
        List<SpaceRendering> all = Spaces.of(new DevSpaces()).render();
        return all.stream().filter(s -> s.space().name().equals(name)).findFirst().orElseThrow();
    }
}
