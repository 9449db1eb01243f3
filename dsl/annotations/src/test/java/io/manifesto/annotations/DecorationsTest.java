package io.manifesto.annotations;

import com.fasterxml.jackson.databind.JsonNode;
import io.manifesto.annotations.compile.Compilation;
import io.manifesto.annotations.compile.Manifests;
import org.junit.jupiter.api.Test;

import static io.manifesto.annotations.compile.Sources.withImports;
import static org.assertj.core.api.Assertions.assertThat;

/** What the annotations change in dekorate's own objects. */
class DecorationsTest {

    private static Manifests compile(String annotations) {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop",
                    requestResources = @ResourceRequirements(cpu = "100m", memory = "128Mi"),
                    ports = @Port(name = "http", containerPort = 8080))
                """ + annotations + "\npublic class Shop {}\n"));
        assertThat(compilation.succeeded()).as(compilation.diagnostics()).isTrue();
        return Manifests.parse(compilation.generated("kubernetes.yml").orElseThrow());
    }

    @Test
    void leavesReplicasOutWhenAnAutoscalerOwnsThem() {
        JsonNode deployment = compile("@HorizontalAutoscaling(maxReplicas = 4, cpuUtilization = 80)")
                .get("Deployment", "shop");

        assertThat(deployment.path("spec").has("replicas")).isFalse();
    }

    @Test
    void keepsDekoratesReplicasWithoutAnAutoscaler() {
        JsonNode deployment = compile("@DisruptionBudget(maxUnavailable = \"1\")").get("Deployment", "shop");

        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(1);
    }

    @Test
    void placesPodsWithTheSeedRecipeAndTheEvictionHint() {
        JsonNode template = compile("@VirtualNodes(VirtualNodes.Mode.ONLY_SEED_RECIPE) @SafeToEvict(false)")
                .get("Deployment", "shop").path("spec").path("template");

        assertThat(template.path("spec").path("tolerations").toString())
                .isEqualTo("[{\"key\":\"virtual-kubelet.io/provider\",\"operator\":\"Exists\"}]");
        assertThat(template.path("spec").path("nodeSelector").toString()).isEqualTo(
                "{\"beta.kubernetes.io/os\":\"linux\",\"kubernetes.io/role\":\"agent\",\"type\":\"virtual-kubelet\"}");
        assertThat(template.path("metadata").path("annotations").toString())
                .isEqualTo("{\"app.dekorate.io/vcs-url\":\"<<unknown>>\","
                        + "\"cluster-autoscaler.kubernetes.io/safe-to-evict\":\"false\"}");
    }

    @Test
    void removesVcsInfoOnlyWhenAsked() {
        JsonNode quiet = compile("@SafeToEvict @WithoutVcsInfo").get("Service", "shop").path("metadata");
        JsonNode noisy = compile("@SafeToEvict").get("Service", "shop").path("metadata");

        assertThat(quiet.has("annotations")).isFalse();
        assertThat(noisy.path("annotations").toString()).isEqualTo("{\"app.dekorate.io/vcs-url\":\"<<unknown>>\"}");
    }

    @Test
    void tolerationsAndNodeLabelsJoinThePodSpec() {
        JsonNode pod = compile("""
                @Tolerate(key = "sku", operator = TolerationOperator.EQUAL, value = "gpu", effect = TaintEffect.NO_SCHEDULE)
                @NodeLabel(key = "agentpool", value = "gpu")""").get("Deployment", "shop").path("spec")
                .path("template").path("spec");

        assertThat(pod.path("tolerations").toString()).isEqualTo(
                "[{\"effect\":\"NoSchedule\",\"key\":\"sku\",\"operator\":\"Equal\",\"value\":\"gpu\"}]");
        assertThat(pod.path("nodeSelector").toString()).isEqualTo("{\"agentpool\":\"gpu\"}");
    }

    @Test
    void securesAWildcardIngressThroughAzureDns() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop",
                    ports = @Port(name = "http", containerPort = 8080),
                    ingress = @Ingress(host = "*.shop.contoso.com", expose = true, ingressClassName = "nginx"))
                @LetsEncrypt(issuer = "letsencrypt-dns", email = "platform@contoso.com", staging = true,
                    azureDns = @AzureDnsSolver(subscriptionId = "00000000-0000-0000-0000-000000000001",
                        resourceGroup = "dns", hostedZone = "contoso.com",
                        managedIdentityClientId = "00000000-0000-0000-0000-000000000002"))
                public class Shop {}
                """));
        assertThat(compilation.succeeded()).as(compilation.diagnostics()).isTrue();
        Manifests manifests = Manifests.parse(compilation.generated("kubernetes.yml").orElseThrow());

        JsonNode acme = manifests.get("ClusterIssuer", "letsencrypt-dns").path("spec").path("acme");
        assertThat(acme.path("server").asText()).isEqualTo("https://acme-staging-v02.api.letsencrypt.org/directory");
        assertThat(acme.path("solvers").toString()).isEqualTo("[{\"dns01\":{\"azureDNS\":{\"hostedZoneName\":"
                + "\"contoso.com\",\"managedIdentity\":{\"clientID\":\"00000000-0000-0000-0000-000000000002\"},"
                + "\"resourceGroupName\":\"dns\",\"subscriptionID\":\"00000000-0000-0000-0000-000000000001\"}}}]");
        JsonNode ingress = manifests.get("Ingress", "shop");
        assertThat(ingress.path("spec").path("tls").toString())
                .isEqualTo("[{\"hosts\":[\"*.shop.contoso.com\"],\"secretName\":\"shop-tls\"}]");
        assertThat(ingress.path("metadata").path("annotations").path("cert-manager.io/cluster-issuer").asText())
                .isEqualTo("letsencrypt-dns");
    }
}
