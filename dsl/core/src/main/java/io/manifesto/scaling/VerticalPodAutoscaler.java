package io.manifesto.scaling;

import io.fabric8.autoscaling.api.model.v1.ContainerResourcePolicy;
import io.fabric8.autoscaling.api.model.v1.PodResourcePolicy;
import io.fabric8.autoscaling.api.model.v1.PodUpdatePolicy;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v1.CrossVersionObjectReference;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceName;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Container;
import io.manifesto.workload.Workload;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A VerticalPodAutoscaler (autoscaling.k8s.io/v1, the VPA add-on's CRD): recommends requests for the containers
 * of a Deployment, StatefulSet or DaemonSet of the application ({@code spec.targetRef}) and, depending on
 * {@code spec.updatePolicy.updateMode}, applies them. Useful for stateful pods such as databases, which an HPA
 * cannot scale out. What is not set is not rendered: the VPA then acts as {@code Recreate} on CPU and memory of
 * every container. Immutable: every method returns a new autoscaler.
 *
 * <p>A VPA and an HPA must not act on the same resource of the same workload: the VPA changes the requests the
 * HPA's utilisation is measured against, and each undoes the other's work. A VPA on memory with an HPA on CPU is
 * fine, and so is any VPA with an HPA on custom or external metrics, or a VPA in {@code Off} mode.
 */
public final class VerticalPodAutoscaler implements SingleObjectComponent {

    /** Rule id: the target workload is not in the application. */
    public static final String TARGET_MISSING = "vpa.target-missing";
    /** Rule id (warning): the deprecated update mode {@code Auto}. */
    public static final String AUTO_DEPRECATED = "vpa.auto-deprecated";
    /** Rule id: a minAllowed above the maxAllowed of the same resource. */
    public static final String MIN_ABOVE_MAX = "vpa.min-above-max";
    /** Rule id: a policy for a container the target does not have. */
    public static final String UNKNOWN_CONTAINER = "vpa.unknown-container";
    /** Rule id: two policies for the same container. */
    public static final String DUPLICATE_POLICY = "vpa.duplicate-policy";
    /** Rule id: a resource the VPA does not manage (only cpu and memory). */
    public static final String RESOURCE = "vpa.resource";
    /**
     * Rule id: a second VPA of the application on the same workload; several VPAs matching one pod have undefined
     * behaviour. Reported on each VPA after the first.
     */
    public static final String DUPLICATE_TARGET = "vpa.duplicate-target";
    /** Rule id: an updater minReplicas below 1. */
    public static final String MIN_REPLICAS = "vpa.min-replicas";
    /**
     * Rule id: an updater minReplicas without an update mode; the VPA admission webhook rejects an
     * {@code updatePolicy} without {@code updateMode}.
     */
    public static final String UPDATE_MODE_REQUIRED = "vpa.update-mode-required";
    /**
     * Rule id: a container policy of mode {@code Off} with {@code controlledValues: RequestsAndLimits}, which the VPA
     * admission webhook rejects.
     */
    public static final String CONTROLLED_VALUES_OFF = "vpa.controlled-values-off";
    /**
     * Rule id: a CPU minAllowed or maxAllowed finer than the VPA admission webhook accepts, whole millicores. (Memory
     * in whole bytes is {@link io.manifesto.resources.Resources#FRACTIONAL_BYTES_RULE}, as for containers.)
     */
    public static final String BOUND_RESOLUTION = "vpa.bound-resolution";
    /** Rule id: the VPA and an HPA of the application act on the same resource of the same workload. */
    public static final String HPA_CONFLICT = "vpa.hpa-conflict";
    /**
     * Rule id (warning): an update mode that evicts pods ({@code Recreate}, {@code InPlaceOrRecreate},
     * {@code Auto}, or none set) on a workload whose fewest replicas is 1: its {@code spec.replicas} (1 when unset)
     * or, when an HPA owns the count, the HPA's {@code minReplicas} (1 when unset). Each update then evicts the only
     * pod: an outage. (The VPA updater, by default, does not evict below 2 live replicas unless
     * {@code spec.updatePolicy.minReplicas} says otherwise; then the recommendations never land until the pod
     * restarts for another reason. Either way the mode does not do what it says.)
     */
    public static final String EVICTS_SINGLE_REPLICA = "vpa.evicts-single-replica";

    private final String name;
    private final ResourceId target; // Targets.NONE when null was passed to vpa(...), which missing reports
    private final UpdateMode updateMode;
    private final Integer minReplicas;
    private final List<ContainerPolicy> policies;
    private final Nulls missing;

    private VerticalPodAutoscaler(String name, ResourceId target, UpdateMode updateMode, Integer minReplicas,
                                  List<ContainerPolicy> policies, Nulls missing) {
        this.name = name == null ? "" : name;
        this.target = target;
        this.updateMode = updateMode;
        this.minReplicas = minReplicas;
        this.policies = List.copyOf(policies);
        this.missing = missing;
    }

    /** A VPA of {@code workload} ({@code spec.targetRef}), named after it; the application must contain it. */
    public static VerticalPodAutoscaler of(Workload<?> workload) {
        ResourceId target = Targets.idOf(workload);
        return new VerticalPodAutoscaler(target.name(), target, null, null, List.of(),
                Nulls.NONE.remember(workload, "spec.targetRef", "vpa(...)"));
    }

    /** This VPA named {@code name} ({@code metadata.name}) instead of its target's name. */
    public VerticalPodAutoscaler withName(String name) {
        return new VerticalPodAutoscaler(name, target, updateMode, minReplicas, policies, missing);
    }

    /** {@code spec.updatePolicy.updateMode}. */
    public VerticalPodAutoscaler updateMode(UpdateMode mode) {
        return new VerticalPodAutoscaler(name, target, mode, minReplicas, policies,
                missing.remember(mode, "spec.updatePolicy.updateMode", "updateMode(...)"));
    }

    /**
     * {@code spec.updatePolicy.minReplicas}: the updater evicts only while at least this many replicas are live
     * (the updater's {@code --min-replicas}, 2 by default, when unset).
     */
    public VerticalPodAutoscaler minReplicas(int replicas) {
        return new VerticalPodAutoscaler(name, target, updateMode, replicas, policies, missing);
    }

    /** Adds an entry to {@code spec.resourcePolicy.containerPolicies}. */
    public VerticalPodAutoscaler containerPolicy(ContainerPolicy policy) {
        return new VerticalPodAutoscaler(name, target, updateMode, minReplicas, Nulls.append(policies, policy),
                missing.remember(policy, "spec.resourcePolicy.containerPolicies", "containerPolicy(...)"));
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** This VPA's id, {@code VerticalPodAutoscaler/<name>}. */
    public ResourceId id() {
        return new ResourceId("VerticalPodAutoscaler", name);
    }

    /** The workload, {@code Kind/name}; a Deployment without name when none was given. */
    public ResourceId target() {
        return target;
    }

    /** The update mode, when set. */
    public Optional<UpdateMode> updateMode() {
        return Optional.ofNullable(updateMode);
    }

    /** The container policies, in the order added. */
    public List<ContainerPolicy> containerPolicies() {
        return policies;
    }

    /** The resources this VPA changes on {@code container}: none in {@code Off} mode. */
    public List<ResourceName> resourcesControlled(String container) {
        if (updateMode == UpdateMode.OFF) {
            return List.of();
        }
        return policies.stream().filter(p -> p.container().equals(container)).findFirst()
                .or(() -> policies.stream().filter(ContainerPolicy::isForAllContainers).findFirst())
                .map(ContainerPolicy::effectiveResources)
                .orElse(List.of(ResourceName.CPU, ResourceName.MEMORY));
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Targets.checkName(target, name, scope);
        if (updateMode == UpdateMode.AUTO) {
            scope.warning(AUTO_DEPRECATED, "spec.updatePolicy.updateMode", updateMode.value(),
                    "the update mode Auto is deprecated and means Recreate",
                    "write UpdateMode.RECREATE, or UpdateMode.IN_PLACE_OR_RECREATE to resize without restarts"
                            + " where the cluster allows it");
        }
        if (minReplicas != null && minReplicas < 1) {
            scope.error(MIN_REPLICAS, "spec.updatePolicy.minReplicas", minReplicas,
                    "the updater's minimum of live replicas must be at least 1", "use 1 or more, or leave it unset");
        }
        if (minReplicas != null && updateMode == null) {
            scope.error(UPDATE_MODE_REQUIRED, "spec.updatePolicy.updateMode", null,
                    ".minReplicas(" + minReplicas + ") renders an updatePolicy, and the VPA admission webhook"
                            + " rejects an updatePolicy without updateMode",
                    "set .updateMode(...) together with .minReplicas(...), e.g. .updateMode(UpdateMode.RECREATE)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < policies.size(); i++) {
            ContainerPolicy policy = policies.get(i);
            Problems.Scope at = scope.field("spec.resourcePolicy.containerPolicies[" + i + "]");
            if (!seen.add(policy.container())) {
                at.error(DUPLICATE_POLICY, "containerName", policy.container(),
                        "another policy of this VPA is for the same container", "merge the two policies into one");
            }
            checkPolicy(policy, at);
        }
        if (target == Targets.NONE) {
            return;
        }
        Targets.find(model, target, scope, "spec.targetRef.name", TARGET_MISSING, Targets.Kinds.ANY)
                .ifPresent(workload -> {
                    checkContainers(workload, scope);
                    checkHpaConflicts(model, workload, scope);
                    checkEviction(model, workload, scope);
                });
        List<VerticalPodAutoscaler> earlier = Targets.earlierOnSameTarget(model, VerticalPodAutoscaler.class,
                VerticalPodAutoscaler::target, this);
        if (!earlier.isEmpty()) {
            scope.error(DUPLICATE_TARGET, "spec.targetRef.name", target,
                    "the application already has " + Targets.ids(earlier) + " on " + target + ", and several VPAs"
                            + " on the pods of one workload have undefined behaviour: their recommendations"
                            + " overwrite each other",
                    "remove this VPA, or move its container policies into " + Targets.ids(earlier));
        }
    }

    private static void checkPolicy(ContainerPolicy policy, Problems.Scope scope) {
        policy.missingValues().forEach(missing -> missing.report(scope));
        if (policy.mode().orElse(null) == ContainerPolicy.Mode.OFF
                && policy.controlledValues().orElse(null) == ContainerPolicy.ControlledValues.REQUESTS_AND_LIMITS) {
            scope.error(CONTROLLED_VALUES_OFF, "controlledValues",
                    ContainerPolicy.ControlledValues.REQUESTS_AND_LIMITS.value(),
                    "the VPA leaves a container of mode Off alone, and its admission webhook rejects"
                            + " controlledValues RequestsAndLimits on such a policy",
                    "remove .controlledValues(...) from this policy, or use a mode other than Off");
        }
        for (ResourceName resource : policy.controlledResources()) {
            checkManaged(resource, scope, "controlledResources");
        }
        policy.minAllowed().forEach((resource, quantity) -> checkBound(resource, quantity, scope, "minAllowed"));
        policy.maxAllowed().forEach((resource, quantity) -> checkBound(resource, quantity, scope, "maxAllowed"));
        policy.minAllowed().forEach((resource, min) -> {
            Quantity max = policy.maxAllowed().get(resource);
            if (max != null && min.isValid() && max.isValid() && min.compareTo(max) > 0) {
                scope.error(MIN_ABOVE_MAX, "minAllowed." + resource.key(), min,
                        "the " + resource.display() + " minAllowed is above the maxAllowed \"" + max + "\"",
                        "lower minAllowed to at most " + max + ", or raise maxAllowed to at least " + min);
            }
        });
    }

    /** Memory in whole bytes is the quantity's own rule; CPU in whole millicores is the VPA webhook's. */
    private static void checkBound(ResourceName resource, Quantity quantity, Problems.Scope scope, String field) {
        checkManaged(resource, scope, field);
        quantity.check(scope, field + "." + resource.key(), resource);
        if (resource == ResourceName.CPU && quantity.isValid() && !quantity.isWhole(resource)) {
            long millicores = quantity.roundedUp(resource).orElseThrow().movePointRight(3).longValueExact();
            scope.error(BOUND_RESOLUTION, field + "." + resource.key(), quantity,
                    "the VPA admission webhook accepts CPU in whole millicores only",
                    "round it to \"" + Quantity.millis(millicores) + "\"");
        }
    }

    private static void checkManaged(ResourceName resource, Problems.Scope scope, String field) {
        if (resource != ResourceName.CPU && resource != ResourceName.MEMORY) {
            scope.error(RESOURCE, field, resource.key(), "the VPA manages only cpu and memory",
                    "remove " + resource.key() + " from " + field);
        }
    }

    private void checkContainers(Workload<?> workload, Problems.Scope scope) {
        List<String> names = workload.allContainers().stream().map(Container::name).toList();
        for (int i = 0; i < policies.size(); i++) {
            ContainerPolicy policy = policies.get(i);
            if (!policy.isForAllContainers() && !names.contains(policy.container())) {
                scope.error(UNKNOWN_CONTAINER, "spec.resourcePolicy.containerPolicies[" + i + "].containerName",
                        policy.container(), workload.id() + " has no container of this name; it has " + names,
                        "name one of its containers, or use ContainerPolicy.forAllContainers()");
            }
        }
    }

    private void checkHpaConflicts(Model model, Workload<?> workload, Problems.Scope scope) {
        for (HorizontalPodAutoscaler hpa : Targets.autoscalers(model, workload.id())) {
            Set<ResourceName> shared = new LinkedHashSet<>();
            for (Container container : workload.containers()) {
                List<ResourceName> scaled = hpa.resourcesScaledOn(container.name());
                resourcesControlled(container.name()).stream().filter(scaled::contains).forEach(shared::add);
            }
            for (ResourceName resource : shared) {
                ResourceName other = resource == ResourceName.CPU ? ResourceName.MEMORY : ResourceName.CPU;
                scope.error(HPA_CONFLICT, "spec.resourcePolicy", resource.key(),
                        "this VPA and " + hpa.id() + " both act on the " + resource.display() + " of "
                                + workload.id() + ": the VPA changes the requests the HPA's utilisation is measured"
                                + " against, and each undoes the other's work",
                        "leave " + resource.display() + " to one of them, e.g. .containerPolicy(ContainerPolicy"
                                + ".forAllContainers().controlledResources(ResourceName." + other.name()
                                + ")) on this VPA, or scale " + hpa.id() + " on another metric");
            }
        }
    }

    private void checkEviction(Model model, Workload<?> workload, Problems.Scope scope) {
        UpdateMode mode = updateMode == null ? UpdateMode.RECREATE : updateMode;
        if (!mode.evicts() || Targets.isDaemonSet(workload) || Targets.minimumReplicas(model, workload) != 1) {
            return;
        }
        String why = Targets.autoscalers(model, workload.id()).stream().findFirst()
                .map(hpa -> hpa.id() + " lets " + workload.id() + " scale down to 1 replica")
                .orElse(workload.id() + " runs 1 replica");
        scope.warning(EVICTS_SINGLE_REPLICA, "spec.updatePolicy.updateMode",
                updateMode == null ? null : updateMode.value(),
                "the update mode " + mode.value() + (updateMode == null ? " (the default)" : "")
                        + " evicts pods to apply recommendations, and " + why
                        + ": each update evicts the only pod, an outage",
                "use UpdateMode.INITIAL or UpdateMode.OFF, or run at least 2 replicas");
    }

    @Override
    public List<HasMetadata> render(Model model) {
        io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler vpa =
                new io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler();
        vpa.setMetadata(new ObjectMetaBuilder().withName(name)
                .withLabels(model.objectLabels(target.name(), Optional.empty())).build());
        PodUpdatePolicy update = updateMode == null && minReplicas == null ? null
                : new PodUpdatePolicy(null, minReplicas, updateMode == null ? null : updateMode.value());
        PodResourcePolicy resources = policies.isEmpty() ? null
                : new PodResourcePolicy(policies.stream().map(VerticalPodAutoscaler::render).toList());
        vpa.setSpec(new VerticalPodAutoscalerSpec(null, resources,
                new CrossVersionObjectReference("apps/v1", target.kind(), target.name()), update));
        return List.of(vpa);
    }

    private static ContainerResourcePolicy render(ContainerPolicy policy) {
        return new ContainerResourcePolicy(
                policy.container(),
                policy.controlledResources().isEmpty() ? null
                        : policy.controlledResources().stream().map(ResourceName::key).toList(),
                policy.controlledValues().map(ContainerPolicy.ControlledValues::value).orElse(null),
                quantities(policy.maxAllowed()),
                quantities(policy.minAllowed()),
                policy.mode().map(ContainerPolicy.Mode::value).orElse(null));
    }

    private static Map<String, io.fabric8.kubernetes.api.model.Quantity> quantities(Map<ResourceName, Quantity> map) {
        if (map.isEmpty()) {
            return null;
        }
        Map<String, io.fabric8.kubernetes.api.model.Quantity> result = new TreeMap<>();
        map.forEach((resource, quantity) -> result.put(resource.key(),
                new io.fabric8.kubernetes.api.model.Quantity(quantity.text())));
        return result;
    }
}
