package io.manifesto.annotations;

import io.manifesto.annotations.compile.Compilation;
import org.junit.jupiter.api.Test;

import static io.manifesto.annotations.compile.Sources.withImports;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The object rules ({@code Manifesto.check}) run on every object dekorate and Manifesto produced, so what only the
 * finished objects hold (here a sidecar that dekorate adds from its own annotation) is checked too: an error fails
 * the build and withholds the manifests, a warning is reported. They run in dekorate's final round, where javac
 * no longer matches the first round's annotation mirrors, so the position is the annotated class.
 */
class ObjectRulesTest {

    @Test
    void rejectsAnInvalidImageOfADekorateSidecarAndItsMissingCpuRequestUnderCpuUtilization() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop",
                    requestResources = @ResourceRequirements(cpu = "100m", memory = "128Mi"),
                    sidecars = @Container(name = "proxy", image = "Envoy Proxy:v1"))
                @HorizontalAutoscaling(maxReplicas = 4, cpuUtilization = 80)
                public class Shop {}
                """));

        assertThat(compilation.succeeded()).isFalse();
        // the sidecar is dekorate's, not the DSL's: only the rules over dekorate's objects see it; their messages
        // come by object and field, whatever order dekorate filled its maps in
        assertThat(compilation.errors()).containsExactly(
                "9:8: @KubernetesApplication on Shop: is not an image reference a container runtime can pull: "
                        + "[registry/]lower-case path[:tag][@digest], without spaces (Deployment/shop "
                        + "spec.template.spec.containers[proxy].image = \"Envoy Proxy:v1\"). Fix: write it like "
                        + "\"myregistry.azurecr.io/shop:1.4.2\". [container.image-reference]",
                "9:8: @HorizontalAutoscaling(cpuUtilization = 80) on Shop: utilisation is measured against the CPU"
                        + " request, and container proxy of Deployment/shop requests no CPU: Kubernetes accepts this"
                        + " HPA and it never scales (HorizontalPodAutoscaler/shop"
                        + " spec.metrics[0].resource.target.averageUtilization = \"80\"). Fix: add requestResources ="
                        + " @ResourceRequirements(cpu = \"100m\") (or memory) to @KubernetesApplication, or target"
                        + " cpuAverageValue/memoryAverageValue instead. [hpa.missing-request]");
        assertThat(compilation.generated("kubernetes.yml")).isEmpty();
    }

    @Test
    void warnsOfALatestImageOfADekorateSidecar() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop",
                    sidecars = @Container(name = "proxy", image = "envoyproxy/envoy:latest"))
                @SafeToEvict
                public class Shop {}
                """));

        assertThat(compilation.succeeded()).isTrue();
        assertThat(compilation.diagnostics()).isEqualTo(
                "WARNING 8:8: @KubernetesApplication on Shop: the image is not pinned to a version, so each pod may "
                        + "run different code (Deployment/shop spec.template.spec.containers[proxy].image = "
                        + "\"envoyproxy/envoy:latest\"). Fix: use a version tag or a digest, e.g. "
                        + "\"envoyproxy/envoy:1.0.0\". [container.image-latest]");
        assertThat(compilation.generated("kubernetes.yml")).isPresent();
    }
}
