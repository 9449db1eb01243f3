package io.manifesto.annotations;

import io.manifesto.annotations.compile.Compilation;
import org.junit.jupiter.api.Test;

import static io.manifesto.annotations.compile.Sources.withImports;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each wrong annotation value fails the compilation with its message, at the line and column of the value (or of the
 * annotation when no value is to blame), every mistake of a class at once, and no manifests written for it.
 */
class AnnotationMistakesTest {

    @Test
    void reportsEveryScalingMistakeAtOnceOnTheValueItIsAbout() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop", replicas = 3,
                    ports = @Port(name = "http", containerPort = 8080))
                @HorizontalAutoscaling(minReplicas = 0, maxReplicas = 10, cpuUtilization = 70,
                    scaleDown = @ScaleBehavior(stabilizationWindowSeconds = 4000))
                @DisruptionBudget(minAvailable = "2x")
                public class Shop {}
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).containsExactly(
                "9:34: @DisruptionBudget(minAvailable = \"2x\") on Shop: not a count or a percentage. Fix: write a "
                        + "count such as \"2\" or a percentage such as \"50%\".",
                "7:38: @HorizontalAutoscaling(minReplicas = 0) on Shop: 'minReplicas' must be at least 1 "
                        + "(HorizontalPodAutoscaler/shop spec.minReplicas = \"0\"). Fix: use 1 or more: scaling to "
                        + "zero needs the alpha HPAScaleToZero feature gate. [hpa.min-replicas]",
                "8:61: @ScaleBehavior(stabilizationWindowSeconds = 4000) on Shop: the stabilisation window must be "
                        + "between 0 and 3600 seconds (HorizontalPodAutoscaler/shop "
                        + "spec.behavior.scaleDown.stabilizationWindowSeconds = \"4000\"). Fix: use a window from 0 to "
                        + "3600, or leave it to the Kubernetes default. [hpa.stabilization-window]",
                "7:76: @HorizontalAutoscaling(cpuUtilization = 70) on Shop: utilisation is measured against the CPU "
                        + "request, and container shop of Deployment/shop requests no CPU: Kubernetes accepts this "
                        + "HPA and it never scales (HorizontalPodAutoscaler/shop "
                        + "spec.metrics[0].resource.target.averageUtilization = \"70\"). Fix: add requestResources = "
                        + "@ResourceRequirements(cpu = \"100m\") (or memory) to @KubernetesApplication, or target "
                        + "cpuAverageValue/memoryAverageValue instead. [hpa.missing-request]",
                "5:50: @KubernetesApplication(replicas = 3) on Shop: HorizontalPodAutoscaler/shop owns the replica "
                        + "count, so a fixed count would be reset on every apply (Deployment/shop spec.replicas = "
                        + "\"3\"). Fix: leave replicas out of @KubernetesApplication: @HorizontalAutoscaling owns the "
                        + "count between minReplicas and maxReplicas. [workload.replicas-owned]");
        assertThat(compilation.generated("kubernetes.yml")).isEmpty();
    }

    @Test
    void reportsPlacementVerticalAndBudgetMistakesOnNestedAnnotations() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop",
                    requestResources = @ResourceRequirements(cpu = "100m", memory = "128Mi"))
                @HorizontalAutoscaling(maxReplicas = 3, cpuUtilization = 70)
                @DisruptionBudget(minAvailable = "1", maxUnavailable = "1")
                @Tolerate(key = "gpu", operator = TolerationOperator.EXISTS, value = "x")
                @NodeLabel(key = "agentpool", value = "gpu pool")
                @VerticalAutoscaling(containerPolicies = @VpaContainerPolicy(containerName = "db", minMemory = "2Gi", maxMemory = "1Gi"))
                public class Shop {}
                """));

        // the objects' rules run in rule-set order: the budget's, the VPA's, then the toleration's
        assertThat(compilation.errors()).containsExactly(
                "10:39: @NodeLabel(value = \"gpu pool\") on Shop: is not a valid label value: at most 63 characters "
                        + "of letters, digits, '-', '_' and '.', starting and ending with a letter or digit "
                        + "(Deployment/shop spec.template.spec.nodeSelector.agentpool = \"gpu pool\"). Fix: shorten it "
                        + "or replace the other characters, e.g. \"gpu-pool\". [label.value]",
                "8:56: @DisruptionBudget(maxUnavailable = \"1\") on Shop: a budget sets minAvailable or "
                        + "maxUnavailable, not both (PodDisruptionBudget/shop spec.maxUnavailable = \"1\"). Fix: keep "
                        + "one of minAvailable and maxUnavailable in @DisruptionBudget. [pdb.min-xor-max]",
                "11:96: @VpaContainerPolicy(minMemory = \"2Gi\") on Shop: the memory minAllowed is above the "
                        + "maxAllowed \"1Gi\" (VerticalPodAutoscaler/shop "
                        + "spec.resourcePolicy.containerPolicies[0].minAllowed.memory = \"2Gi\"). Fix: lower "
                        + "minAllowed to at most 1Gi, or raise maxAllowed to at least 2Gi. [vpa.min-above-max]",
                "11:78: @VpaContainerPolicy(containerName = \"db\") on Shop: Deployment/shop has no container of "
                        + "this name; it has [shop] (VerticalPodAutoscaler/shop "
                        + "spec.resourcePolicy.containerPolicies[0].containerName = \"db\"). Fix: name the container "
                        + "of @KubernetesApplication (its name) in containerName, or leave containerName out for all "
                        + "containers. [vpa.unknown-container]",
                "11:42: @VerticalAutoscaling(containerPolicies) on Shop: this VPA and HorizontalPodAutoscaler/shop "
                        + "both act on the CPU of Deployment/shop: the VPA changes the requests the HPA's utilisation "
                        + "is measured against, and each undoes the other's work (VerticalPodAutoscaler/shop "
                        + "spec.resourcePolicy = \"cpu\"). Fix: scale one resource with each: e.g. controlledResources "
                        + "= ResourceName.MEMORY in @VpaContainerPolicy with @HorizontalAutoscaling on "
                        + "cpuUtilization, or drop one of them. [vpa.hpa-conflict]",
                "9:70: @Tolerate(value = \"x\") on Shop: a toleration with operator Exists matches any value, so it "
                        + "must not have one (Deployment/shop spec.template.spec.tolerations[0].value = \"x\"). Fix: "
                        + "leave value out of @Tolerate, or write operator = TolerationOperator.EQUAL with an effect. "
                        + "[toleration.value-with-exists]");
    }

    @Test
    void rejectsAWildcardHostWithoutDns01() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop",
                    ingress = @Ingress(host = "*.shop.contoso.com", expose = true, ingressClassName = "nginx"),
                    ports = @Port(name = "http", containerPort = 8080))
                @LetsEncrypt(email = "platform@contoso.com")
                public class Shop {}
                """));

        assertThat(compilation.errors()).containsExactly(
                "8:1: @LetsEncrypt on Shop: a wildcard name needs a DNS01 solver, and ClusterIssuer/letsencrypt-prod "
                        + "has none that applies to it: ACME validates wildcards only through DNS records "
                        + "(Ingress/shop spec.tls[0].hosts[0] = \"*.shop.contoso.com\"). Fix: add azureDns = "
                        + "@AzureDnsSolver(subscriptionId = ..., resourceGroup = ...) to @LetsEncrypt, or list hosts "
                        + "without a wildcard. [tls.wildcard-needs-dns01]");
    }

    @Test
    void rejectsLetsEncryptWithoutAnIngressToSecure() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @KubernetesApplication(name = "shop")
                @LetsEncrypt(email = "platform@contoso.com")
                public class Shop {}
                """));

        assertThat(compilation.errors()).containsExactly(
                "6:1: @LetsEncrypt on Shop: dekorate writes no Ingress to secure. Fix: add ingress = @Ingress(host = "
                        + "\"...\", expose = true) to @KubernetesApplication.");
    }

    @Test
    void requiresDekoratesKubernetesApplication() {
        Compilation compilation = Compilation.of("Shop", withImports("""
                @HorizontalAutoscaling(maxReplicas = 3, cpuUtilization = 70)
                public class Shop {}
                """));

        assertThat(compilation.errors()).containsExactly(
                "5:1: @HorizontalAutoscaling on Shop: Manifesto's annotations add to the manifests of dekorate's "
                        + "@KubernetesApplication, which this class lacks. Fix: annotate Shop with "
                        + "@KubernetesApplication too.");
    }
}
