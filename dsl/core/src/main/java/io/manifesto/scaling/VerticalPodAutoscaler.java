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
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return new VerticalPodAutoscaler(name == null ? this.name : name, target, updateMode, minReplicas, policies,
                missing.remember(name, "metadata.name", "withName(...)"));
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

    /**
     * Checks what only the DSL values show: the {@code null}s passed to its methods and its policies' methods, and
     * its name. Every other rule of a VPA checks the rendered object ({@code io.manifesto.scaling.rules.VpaRules}),
     * whatever made it.
     */
    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Targets.checkName(target, name, scope);
        for (int i = 0; i < policies.size(); i++) {
            Problems.Scope at = scope.field("spec.resourcePolicy.containerPolicies[" + i + "]");
            policies.get(i).missingValues().forEach(value -> value.report(at));
        }
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
