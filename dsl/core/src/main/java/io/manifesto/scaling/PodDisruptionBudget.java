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

    /** Rule id: the workload is not in the application. */
    public static final String TARGET_MISSING = "pdb.target-missing";
    /** Rule id: neither or both of minAvailable and maxUnavailable. */
    public static final String MIN_XOR_MAX = "pdb.min-xor-max";
    /** Rule id: a negative count or a percentage above 100. */
    public static final String OUT_OF_RANGE = "pdb.out-of-range";
    /** Rule id: a budget that never allows an eviction, so every node drain blocks. */
    public static final String BLOCKS_DRAIN = "pdb.blocks-drain";
    /**
     * Rule id: a maxUnavailable or a percentage minAvailable on the pods of a DaemonSet. The disruption controller
     * computes those from the replica count of the pods' controller, and a DaemonSet has none (no scale
     * subresource): the budget then allows no eviction at all, and every node drain blocks.
     */
    public static final String DAEMONSET_BUDGET = "pdb.daemonset-budget";
    /**
     * Rule id (warning): minAvailable at or above the minReplicas of the HPA that scales the workload; a percentage
     * counts as Kubernetes rounds it, up.
     */
    public static final String ABOVE_HPA_MIN = "pdb.min-available-above-hpa-min";
    /**
     * Rule id: a second budget of the application on the same workload. The eviction API refuses to evict a pod
     * that more than one budget selects, so every node drain blocks. Reported on each budget after the first.
     */
    public static final String DUPLICATE_TARGET = "pdb.duplicate-target";

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
        return new PodDisruptionBudget(name, target, minAvailable, maxUnavailable, unhealthyPolicy, missing);
    }

    /** {@code spec.minAvailable}: a count ({@code count(2)}) or a percentage ({@code percent(50)}). */
    public PodDisruptionBudget minAvailable(IntOrPercent available) {
        return new PodDisruptionBudget(name, target, available, maxUnavailable, unhealthyPolicy, missing);
    }

    /** {@code spec.maxUnavailable}: a count ({@code count(1)}) or a percentage ({@code percent(25)}). */
    public PodDisruptionBudget maxUnavailable(IntOrPercent unavailable) {
        return new PodDisruptionBudget(name, target, minAvailable, unavailable, unhealthyPolicy, missing);
    }

    /** {@code spec.unhealthyPodEvictionPolicy}. */
    public PodDisruptionBudget unhealthyPodEvictionPolicy(UnhealthyPodEvictionPolicy policy) {
        return new PodDisruptionBudget(name, target, minAvailable, maxUnavailable, policy, missing);
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

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Targets.checkName(target, name, scope);
        if ((minAvailable == null) == (maxUnavailable == null)) {
            boolean both = minAvailable != null;
            scope.error(MIN_XOR_MAX, both ? "spec.maxUnavailable" : "spec.minAvailable",
                    both ? maxUnavailable : null,
                    both ? "a budget sets minAvailable or maxUnavailable, not both"
                            : "a budget needs minAvailable or maxUnavailable",
                    both ? "keep one of .minAvailable(" + minAvailable + ") and .maxUnavailable(" + maxUnavailable
                            + ")" : "set one, e.g. .maxUnavailable(count(1))");
        }
        checkRange(scope, "spec.minAvailable", minAvailable);
        checkRange(scope, "spec.maxUnavailable", maxUnavailable);
        if (target == Targets.NONE) {
            return;
        }
        Targets.find(model, target, scope, "spec.selector", TARGET_MISSING, Targets.Kinds.ANY)
                .ifPresent(workload -> {
                    if (Targets.isDaemonSet(workload)) {
                        checkDaemonSet(workload, scope);
                    } else {
                        checkBlocking(model, workload, scope);
                    }
                });
        List<PodDisruptionBudget> earlier = Targets.earlierOnSameTarget(model, PodDisruptionBudget.class,
                PodDisruptionBudget::target, this);
        if (!earlier.isEmpty()) {
            scope.error(DUPLICATE_TARGET, "spec.selector", target,
                    "the application already has " + Targets.ids(earlier) + " on " + target + ", and the eviction"
                            + " API refuses to evict a pod that more than one budget selects, so every node drain"
                            + " blocks",
                    "keep one budget per workload: remove this one or " + Targets.ids(earlier));
        }
    }

    /**
     * Only an integer minAvailable works for DaemonSet pods; the replica-count checks do not apply, since a DaemonSet
     * runs as many pods as it has nodes.
     */
    private void checkDaemonSet(Workload<?> workload, Problems.Scope scope) {
        IntOrPercent value = maxUnavailable != null ? maxUnavailable : minAvailable;
        if (value == null || minAvailable != null && maxUnavailable != null) {
            return;
        }
        if (maxUnavailable != null || minAvailable.percent()) {
            scope.error(DAEMONSET_BUDGET, maxUnavailable != null ? "spec.maxUnavailable" : "spec.minAvailable", value,
                    workload.id() + " has no replica count (no scale subresource), so the disruption controller"
                            + " cannot compute " + (maxUnavailable != null ? "a maxUnavailable" : "a percentage")
                            + " for its pods: the budget allows no eviction and every node drain blocks",
                    "use an integer minAvailable below the number of nodes its pods run on, e.g."
                            + " .minAvailable(count(1))");
        }
    }

    private static void checkRange(Problems.Scope scope, String field, IntOrPercent value) {
        if (value != null && value.isOutOfRange()) {
            scope.error(OUT_OF_RANGE, field, value, "is out of range",
                    "use a count of 0 or more, or a percentage from 0% to 100%");
        }
    }

    private void checkBlocking(Model model, Workload<?> workload, Problems.Scope scope) {
        if (maxUnavailable != null && minAvailable == null && maxUnavailable.isZero()) {
            scope.error(BLOCKS_DRAIN, "spec.maxUnavailable", maxUnavailable,
                    "no pod of " + workload.id() + " may ever be evicted, so every node drain blocks and the cluster"
                            + " autoscaler cannot remove a node it runs on",
                    "allow at least one, e.g. .maxUnavailable(count(1))");
        }
        if (minAvailable == null || maxUnavailable != null || minAvailable.isOutOfRange()) {
            return;
        }
        Optional<HorizontalPodAutoscaler> hpa = Targets.autoscalers(model, workload.id()).stream().findFirst();
        String blocks = "every pod of " + workload.id() + " must stay available, so every node drain blocks and the"
                + " cluster autoscaler cannot remove a node it runs on";
        if (minAvailable.percent()) {
            checkPercent(workload, hpa, scope, blocks);
            return;
        }
        int available = minAvailable.value();
        if (hpa.isPresent()) {
            HorizontalPodAutoscaler scaler = hpa.get();
            Optional<Integer> max = scaler.maxReplicas();
            if (max.isPresent() && available >= max.get()) {
                scope.error(BLOCKS_DRAIN, "spec.minAvailable", minAvailable,
                        blocks + ", even at the " + max.get() + " replicas (maxReplicas) of " + scaler.id(),
                        "use a minAvailable below " + max.get() + ", or .maxUnavailable(count(1))");
            } else if (available >= scaler.effectiveMinReplicas()) {
                scope.warning(ABOVE_HPA_MIN, "spec.minAvailable", minAvailable,
                        "minAvailable is at or above the " + scaler.effectiveMinReplicas() + " replicas (minReplicas)"
                                + " that " + scaler.id() + " may scale " + workload.id() + " down to, where no pod"
                                + " may be evicted and node drains block",
                        "lower minAvailable below " + scaler.effectiveMinReplicas() + ", raise minReplicas of "
                                + scaler.id() + ", or use .maxUnavailable(count(1))");
            }
            return;
        }
        int replicas = workload.replicas().orElse(1);
        if (replicas > 0 && available >= replicas) { // no pods, nothing to evict: the budget blocks nothing
            scope.error(BLOCKS_DRAIN, "spec.minAvailable", minAvailable,
                    blocks + " (it runs " + replicas + " replica" + (replicas == 1 ? "" : "s")
                            + (workload.replicas().isEmpty() ? ", the default" : "") + ")",
                    replicas > 1 ? "use a minAvailable below " + replicas + ", or .maxUnavailable(count(1))"
                            : "run at least 2 replicas, or .maxUnavailable(count(1)) if an outage during a drain is"
                                    + " acceptable");
        }
    }

    /** Kubernetes rounds a minAvailable percentage up: 80% of 2 replicas is 2, which blocks every drain. */
    private void checkPercent(Workload<?> workload, Optional<HorizontalPodAutoscaler> hpa, Problems.Scope scope,
                              String blocks) {
        if (minAvailable.value() == 100) {
            scope.error(BLOCKS_DRAIN, "spec.minAvailable", minAvailable, blocks,
                    "use a lower percentage, or .maxUnavailable(count(1))");
            return;
        }
        if (hpa.isPresent()) {
            checkPercentAgainst(hpa.get(), workload, scope, blocks);
            return;
        }
        int replicas = workload.replicas().orElse(1);
        int required = required(replicas);
        if (replicas > 0 && required >= replicas) {
            scope.error(BLOCKS_DRAIN, "spec.minAvailable", minAvailable,
                    blocks + " (" + minAvailable + " of " + replicas + " replica" + (replicas == 1 ? "" : "s")
                            + " rounds up to " + required + ")",
                    "use a lower percentage, or .maxUnavailable(count(1))");
        }
    }

    /** The percentage at the HPA's maximum (every drain blocks) and at its minimum (drains block when scaled in). */
    private void checkPercentAgainst(HorizontalPodAutoscaler hpa, Workload<?> workload, Problems.Scope scope,
                                     String blocks) {
        Optional<Integer> max = hpa.maxReplicas().filter(m -> m > 0);
        int min = hpa.effectiveMinReplicas();
        if (max.isPresent() && required(max.get()) >= max.get()) {
            scope.error(BLOCKS_DRAIN, "spec.minAvailable", minAvailable,
                    blocks + ", even at the " + max.get() + " replicas (maxReplicas) of " + hpa.id() + " ("
                            + minAvailable + " of " + max.get() + " rounds up to " + required(max.get()) + ")",
                    "use a lower percentage, or .maxUnavailable(count(1))");
        } else if (min > 0 && required(min) >= min) {
            scope.warning(ABOVE_HPA_MIN, "spec.minAvailable", minAvailable,
                    "minAvailable is at or above the " + min + " replica" + (min == 1 ? "" : "s") + " (minReplicas)"
                            + " that " + hpa.id() + " may scale " + workload.id() + " down to (" + minAvailable
                            + " of " + min + " rounds up to " + required(min) + "), where no pod may be evicted and"
                            + " node drains block",
                    "use a lower percentage, raise minReplicas of " + hpa.id() + ", or use"
                            + " .maxUnavailable(count(1))");
        }
    }

    /** The pods a minAvailable percentage keeps of {@code replicas}: Kubernetes rounds up. */
    private int required(int replicas) {
        return (minAvailable.value() * replicas + 99) / 100;
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
