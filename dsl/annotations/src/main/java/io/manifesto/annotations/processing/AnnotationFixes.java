package io.manifesto.annotations.processing;

import io.manifesto.validate.Problem;

import java.util.Map;

/**
 * The fixes of the rules a user of the annotations meets most, said in annotation terms: the DSL's own fixes name
 * DSL methods ({@code .requests(cpu("100m"))}), which an annotated class does not call. Other rules keep the DSL's
 * fix, whose Kubernetes field names the annotations share.
 */
final class AnnotationFixes {

    private static final Map<String, String> FIXES = Map.of(
            "hpa.missing-request", "add requestResources = @ResourceRequirements(cpu = \"100m\") (or memory) to "
                    + "@KubernetesApplication, or target cpuAverageValue/memoryAverageValue instead",
            "workload.replicas-owned", "leave replicas out of @KubernetesApplication: @HorizontalAutoscaling owns "
                    + "the count between minReplicas and maxReplicas",
            "pdb.min-xor-max", "keep one of minAvailable and maxUnavailable in @DisruptionBudget",
            "tls.wildcard-needs-dns01", "add azureDns = @AzureDnsSolver(subscriptionId = ..., resourceGroup = ...) "
                    + "to @LetsEncrypt, or list hosts without a wildcard",
            "vpa.unknown-container", "name the container of @KubernetesApplication (its name) in containerName, "
                    + "or leave containerName out for all containers",
            "toleration.value-with-exists", "leave value out of @Tolerate, or write operator = "
                    + "TolerationOperator.EQUAL with an effect",
            "vpa.hpa-conflict", "scale one resource with each: e.g. controlledResources = ResourceName.MEMORY in "
                    + "@VpaContainerPolicy with @HorizontalAutoscaling on cpuUtilization, or drop one of them");

    private AnnotationFixes() {
    }

    /** The fix of {@code problem}, in annotation terms where the rule has one. */
    static String fix(Problem problem) {
        return FIXES.getOrDefault(problem.ruleId(), problem.fix());
    }
}
