package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.manifesto.core.IntOrPercent;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Optional;

/**
 * A PodDisruptionBudget (policy/v1) for a workload of the application: how many of its pods a voluntary disruption
 * (a node drain by the cluster autoscaler or an upgrade) may take at once, as {@code spec.minAvailable} or
 * {@code spec.maxUnavailable} (exactly one). The selector is the workload's own, derived, never typed. Immutable.
 */
public final class PodDisruptionBudget implements SingleObjectComponent {

    /**
     * Rule id: the workload is not in the application. Checked on the DSL value, which names the workload; the
     * rendered budget records only its labels ({@code io.manifesto.scaling.rules.PdbRules} checks that a budget
     * from elsewhere selects some workload's pods).
     */
    public static final String TARGET_MISSING = "pdb.target-missing";
    private final String name;
    private final ResourceId target; // Targets.NONE after disruptionBudget(null), which missing reports
    private final IntOrPercent minAvailable;
    private final IntOrPercent maxUnavailable;
    private final UnhealthyPodEvictionPolicy unhealthyPolicy;
    private final Nulls missing;

    private PodDisruptionBudget(String name, ResourceId target, IntOrPercent minAvailable,
                                IntOrPercent maxUnavailable, UnhealthyPodEvictionPolicy unhealthyPolicy,
                                Nulls missing) {
        this.name = name == null ? "" : name;
        this.target = target;
        this.minAvailable = minAvailable;
        this.maxUnavailable = maxUnavailable;
        this.unhealthyPolicy = unhealthyPolicy;
        this.missing = missing;
    }

    /** A budget for the pods of {@code workload}, named after it; set minAvailable or maxUnavailable. */
    public static PodDisruptionBudget of(Workload<?> workload) {
        ResourceId target = Targets.idOf(workload);
        return new PodDisruptionBudget(target.name(), target, null, null, null,
                Nulls.NONE.remember(workload, "spec.selector", "disruptionBudget(...)"));
    }

    /** This budget named {@code name} ({@code metadata.name}) instead of its workload's name. */
    public PodDisruptionBudget withName(String name) {
        return new PodDisruptionBudget(name == null ? this.name : name, target, minAvailable, maxUnavailable,
                unhealthyPolicy, missing.remember(name, "metadata.name", "withName(...)"));
    }

    /** {@code spec.minAvailable}: a count ({@code count(2)}) or a percentage ({@code percent(50)}). */
    public PodDisruptionBudget minAvailable(IntOrPercent available) {
        return new PodDisruptionBudget(name, target, available, maxUnavailable, unhealthyPolicy,
                missing.remember(available, "spec.minAvailable", "minAvailable(...)"));
    }

    /** {@code spec.maxUnavailable}: a count ({@code count(1)}) or a percentage ({@code percent(25)}). */
    public PodDisruptionBudget maxUnavailable(IntOrPercent unavailable) {
        return new PodDisruptionBudget(name, target, minAvailable, unavailable, unhealthyPolicy,
                missing.remember(unavailable, "spec.maxUnavailable", "maxUnavailable(...)"));
    }

    /** {@code spec.unhealthyPodEvictionPolicy}. */
    public PodDisruptionBudget unhealthyPodEvictionPolicy(UnhealthyPodEvictionPolicy policy) {
        return new PodDisruptionBudget(name, target, minAvailable, maxUnavailable, policy,
                missing.remember(policy, "spec.unhealthyPodEvictionPolicy", "unhealthyPodEvictionPolicy(...)"));
    }

    /** This budget's id, {@code PodDisruptionBudget/<name>}. */
    public ResourceId id() {
        return new ResourceId("PodDisruptionBudget", name);
    }

    /** The workload whose pods it protects; a Deployment without name when none was given. */
    public ResourceId target() {
        return target;
    }

    /** {@code spec.minAvailable}, when set. */
    public Optional<IntOrPercent> minAvailable() {
        return Optional.ofNullable(minAvailable);
    }

    /** {@code spec.maxUnavailable}, when set. */
    public Optional<IntOrPercent> maxUnavailable() {
        return Optional.ofNullable(maxUnavailable);
    }

    /**
     * Checks what only the DSL value shows: the {@code null}s passed to its methods, its name, and that the
     * application has the workload it was made for. Every other rule of a budget checks the rendered object
     * ({@code io.manifesto.scaling.rules.PdbRules}), whatever made it.
     */
    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Targets.checkName(target, name, scope);
        if (target != Targets.NONE) {
            Targets.find(model, target, scope, "spec.selector", TARGET_MISSING, Targets.Kinds.ANY);
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName(name)
                .withLabels(model.objectLabels(target.name(), Optional.empty())).endMetadata()
                .withNewSpec()
                .withMinAvailable(minAvailable == null ? null : minAvailable.toIntOrString())
                .withMaxUnavailable(maxUnavailable == null ? null : maxUnavailable.toIntOrString())
                .withUnhealthyPodEvictionPolicy(unhealthyPolicy == null ? null : unhealthyPolicy.value())
                .withNewSelector().withMatchLabels(model.labels(target.name(), Optional.empty()).selector())
                .endSelector()
                .endSpec()
                .build());
    }
}
