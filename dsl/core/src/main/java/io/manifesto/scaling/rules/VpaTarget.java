package io.manifesto.scaling.rules;

import io.fabric8.autoscaling.api.model.v1.ContainerResourcePolicy;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.autoscaling.v1.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.resources.ResourceName;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workload a VPA acts on: applied with it, with the containers its policies name, not fought over with an HPA,
 * not evicted down to no pod, and adjusted by no other VPA.
 */
public final class VpaTarget {

    /** The target workload is not among the objects applied. */
    public static final RuleInfo TARGET_MISSING = RuleInfo.error("vpa.target-missing",
            "a VPA acts on a workload that is applied with it",
            "a VPA whose targetRef names no object recommends nothing");
    /** A policy for a container the target does not have. */
    public static final RuleInfo UNKNOWN_CONTAINER = RuleInfo.error("vpa.unknown-container",
            "a container policy names a container of the target, or \"*\"",
            "the VPA applies a policy to the container of that name only, so a policy for no container does nothing");
    /** A VPA and an HPA that act on the same resource of the same workload. */
    public static final RuleInfo HPA_CONFLICT = RuleInfo.error("vpa.hpa-conflict",
            "a VPA and an HPA do not act on the same resource of one workload",
            "the VPA changes the requests the HPA's utilisation is measured against, and each undoes the other's work");
    /** An evicting update mode on a workload whose fewest replicas is 1. */
    public static final RuleInfo EVICTS_SINGLE_REPLICA = RuleInfo.warning("vpa.evicts-single-replica",
            "a VPA that evicts pods acts on a workload of at least 2 replicas",
            "each update evicts the only pod, an outage; by default the updater does not evict below 2 live replicas,"
                    + " and then the recommendations never land");
    /** A second VPA on the same workload. */
    public static final RuleInfo DUPLICATE_TARGET = RuleInfo.error("vpa.duplicate-target", "one VPA per workload",
            "several VPAs on the pods of one workload have undefined behaviour: their recommendations overwrite each"
                    + " other");

    static final List<RuleInfo> RULES = List.of(TARGET_MISSING, UNKNOWN_CONTAINER, HPA_CONFLICT,
            EVICTS_SINGLE_REPLICA, DUPLICATE_TARGET);

    private static final List<String> REPLICATED = List.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    private VpaTarget() {
    }

    static void check(ResolvedSet set, Resource vpa, VerticalPodAutoscalerSpec spec, Findings.On scope) {
        CrossVersionObjectReference ref = spec.getTargetRef();
        if (ref == null || ref.getName() == null || ref.getName().isBlank()) {
            if (!scope.dslTerms()) { // the DSL renders no target name only for vpa(null), reported as input.null
                scope.report(TARGET_MISSING, "spec.targetRef", ref == null ? null : ref.getName(),
                        "a VPA names the workload it acts on",
                        Fix.of("set spec.targetRef to the apiVersion, kind and name of a workload"));
            }
            return;
        }
        String target = ref.getKind() + "/" + ref.getName();
        Optional<Resource> found = set.find(ref.getKind(), vpa.namespace(), ref.getName());
        if (found.isEmpty()) {
            scope.report(TARGET_MISSING, "spec.targetRef.name", target, Where.has(vpa) + " no " + target,
                    Fix.of("add the workload to the application with .add(...), or target a workload it has",
                            "apply " + target + " with it, or correct spec.targetRef"));
            return;
        }
        Resource workload = found.get();
        List<ContainerResourcePolicy> policies = VpaContainerPolicies.policies(spec.getResourcePolicy());
        String mode = spec.getUpdatePolicy() == null ? null : spec.getUpdatePolicy().getUpdateMode();
        set.pods(workload).ifPresent(pods -> {
            checkContainers(workload, pods, policies, scope);
            checkHpaConflicts(set, workload, pods, mode, policies, scope);
            checkEviction(set, workload, mode, scope);
        });
        List<Resource> earlier = Earlier.than(set.vpasTargeting(workload), vpa);
        if (!earlier.isEmpty()) {
            String ids = earlier.stream().map(Resource::toString).collect(Collectors.joining(", "));
            scope.report(DUPLICATE_TARGET, "spec.targetRef.name", target,
                    Where.already(vpa, "has ", "have ") + ids
                            + " on " + target + ", and several VPAs on the pods of one workload have undefined"
                            + " behaviour: their recommendations overwrite each other",
                    Fix.of("remove this VPA, or move its container policies into " + ids));
        }
    }

    private static void checkContainers(Resource workload, PodTemplate pods, List<ContainerResourcePolicy> policies,
                                        Findings.On scope) {
        List<String> names = new ArrayList<>(ContainerAmounts.containers(pods.spec()).stream()
                .map(ContainerAmounts::name).toList());
        if (pods.spec().getInitContainers() != null) {
            pods.spec().getInitContainers().stream().filter(Objects::nonNull).map(ContainerAmounts::name)
                    .forEach(names::add);
        }
        for (int i = 0; i < policies.size(); i++) {
            ContainerResourcePolicy policy = policies.get(i);
            if (policy != null && !"*".equals(policy.getContainerName())
                    && !names.contains(policy.getContainerName())) {
                scope.report(UNKNOWN_CONTAINER, "spec.resourcePolicy.containerPolicies[" + i + "].containerName",
                        policy.getContainerName(), workload + " has no container of this name; it has " + names,
                        Fix.of("name one of its containers, or use ContainerPolicy.forAllContainers()",
                                "name one of its containers, or use containerName \"*\""));
            }
        }
    }

    private static void checkHpaConflicts(ResolvedSet set, Resource workload, PodTemplate pods, String mode,
                                          List<ContainerResourcePolicy> policies, Findings.On scope) {
        for (Resource hpa : set.hpasTargeting(workload)) {
            Set<ResourceName> shared = new LinkedHashSet<>();
            for (Container container : ContainerAmounts.containers(pods.spec())) {
                String name = ContainerAmounts.name(container);
                List<ResourceName> scaled = HpaScaledResources.of((HorizontalPodAutoscaler) hpa.object(), name);
                controlled(mode, policies, name).stream().filter(scaled::contains).forEach(shared::add);
            }
            for (ResourceName resource : shared) {
                ResourceName other = resource == ResourceName.CPU ? ResourceName.MEMORY : ResourceName.CPU;
                String leave = "leave " + resource.display() + " to one of them, e.g. ";
                String rest = " on this VPA, or scale " + hpa + " on another metric";
                scope.report(HPA_CONFLICT, "spec.resourcePolicy", resource.key(),
                        "this VPA and " + hpa + " both act on the " + resource.display() + " of " + workload
                                + ": the VPA changes the requests the HPA's utilisation is measured against, and each"
                                + " undoes the other's work",
                        Fix.of(leave + ".containerPolicy(ContainerPolicy.forAllContainers().controlledResources("
                                        + "ResourceName." + other.name() + "))" + rest,
                                leave + "a containerPolicies entry {containerName: \"*\", controlledResources: ["
                                        + other.key() + "]}" + rest));
            }
        }
    }

    /** The resources a VPA in {@code mode} changes on {@code container}: none in Off mode or under an Off policy. */
    private static List<ResourceName> controlled(String mode, List<ContainerResourcePolicy> policies,
                                                 String container) {
        if ("Off".equals(mode)) {
            return List.of();
        }
        Optional<ContainerResourcePolicy> policy = policies.stream()
                .filter(p -> p != null && container.equals(p.getContainerName())).findFirst()
                .or(() -> policies.stream().filter(p -> p != null && "*".equals(p.getContainerName())).findFirst());
        if (policy.isEmpty()) {
            return List.of(ResourceName.CPU, ResourceName.MEMORY);
        }
        if ("Off".equals(policy.get().getMode())) {
            return List.of();
        }
        List<String> keys = policy.get().getControlledResources();
        if (keys == null || keys.isEmpty()) {
            return List.of(ResourceName.CPU, ResourceName.MEMORY);
        }
        return keys.stream().flatMap(key -> ContainerAmounts.resource(key).stream()).toList();
    }

    private static void checkEviction(ResolvedSet set, Resource workload, String written, Findings.On scope) {
        String mode = written == null ? "Recreate" : written;
        if (!VpaUpdatePolicy.EVICTING.contains(mode) || !REPLICATED.contains(workload.kind())
                || Replicas.minimum(set, workload) != 1) {
            return;
        }
        String why = Replicas.owner(set, workload).map(hpa -> hpa + " lets " + workload + " scale down to 1 replica")
                .orElse(workload + " runs 1 replica");
        scope.report(EVICTS_SINGLE_REPLICA, "spec.updatePolicy.updateMode", written,
                "the update mode " + mode + (written == null ? " (the default)" : "")
                        + " evicts pods to apply recommendations, and " + why
                        + ": each update evicts the only pod, an outage",
                Fix.of("use UpdateMode.INITIAL or UpdateMode.OFF, or run at least 2 replicas",
                        "use updateMode Initial or Off, or run at least 2 replicas"));
    }
}
