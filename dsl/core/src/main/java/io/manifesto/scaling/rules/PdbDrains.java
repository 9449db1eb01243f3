package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.List;
import java.util.Optional;

/**
 * Whether a budget lets a node drain evict a pod of the workload it selects: against its replica count, or the
 * range of the HPA that owns the count; on DaemonSet pods, only an integer minAvailable works.
 */
public final class PdbDrains {

    /** A budget that never allows an eviction, so every node drain blocks. */
    public static final RuleInfo BLOCKS_DRAIN = RuleInfo.error("pdb.blocks-drain",
            "a budget lets a node drain evict at least one pod",
            "a budget that allows no eviction blocks every node drain, and the cluster autoscaler cannot remove a node"
                    + " the pods run on");
    /** A maxUnavailable or a percentage minAvailable on the pods of a DaemonSet. */
    public static final RuleInfo DAEMONSET_BUDGET = RuleInfo.error("pdb.daemonset-budget",
            "a budget on DaemonSet pods is an integer minAvailable",
            "the disruption controller computes maxUnavailable and percentages from the replica count of the pods'"
                    + " controller; a DaemonSet has none, so the budget allows no eviction and every drain blocks");
    /** minAvailable at or above the minReplicas of the HPA that scales the workload. */
    public static final RuleInfo ABOVE_HPA_MIN = RuleInfo.warning("pdb.min-available-above-hpa-min",
            "a budget's minAvailable is below the minReplicas of the HPA that scales the workload",
            "when the HPA scales the workload in to minReplicas, no pod may be evicted and node drains block");

    static final List<RuleInfo> RULES = List.of(BLOCKS_DRAIN, DAEMONSET_BUDGET, ABOVE_HPA_MIN);

    private static final List<String> REPLICATED = List.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    private PdbDrains() {
    }

    static void check(ResolvedSet set, Resource workload, Budget min, Budget max, Findings.On scope) {
        if (workload.kind().equals("DaemonSet")) {
            checkDaemonSet(workload, min, max, scope);
        } else if (REPLICATED.contains(workload.kind())) {
            new Blocking(set, workload, min, scope).check(max);
        }
    }

    /** Only an integer minAvailable works for DaemonSet pods, which run as many as there are nodes. */
    private static void checkDaemonSet(Resource workload, Budget min, Budget max, Findings.On scope) {
        Budget value = max != null ? max : min;
        if (value == null || min != null && max != null || value.value() == null) {
            return;
        }
        if (max != null || min.percent()) {
            scope.report(DAEMONSET_BUDGET, max != null ? "spec.maxUnavailable" : "spec.minAvailable", value,
                    workload + " has no replica count (no scale subresource), so the disruption controller cannot"
                            + " compute " + (max != null ? "a maxUnavailable" : "a percentage") + " for its pods: the"
                            + " budget allows no eviction and every node drain blocks",
                    fix("use an integer minAvailable below the number of nodes its pods run on, e.g."
                            + " .minAvailable(count(1))"));
        }
    }

    /** A fix in DSL terms, and the same naming the fields of the budget. */
    static Fix fix(String dsl) {
        return Fix.of(dsl, dsl.replace(".maxUnavailable(count(1))", "maxUnavailable: 1")
                .replace(".minAvailable(count(1))", "minAvailable: 1"));
    }

    /** The checks of one budget against one replicated workload. */
    private record Blocking(ResolvedSet set, Resource workload, Budget min, Findings.On scope) {

        void check(Budget max) {
            if (max != null && min == null && !max.isOutOfRange() && max.value() == 0) {
                scope.report(BLOCKS_DRAIN, "spec.maxUnavailable", max, "no pod of " + workload + " may ever be"
                                + " evicted, so every node drain blocks and the cluster autoscaler cannot remove a node"
                                + " it runs on", fix("allow at least one, e.g. .maxUnavailable(count(1))"));
            }
            if (min == null || max != null || min.isOutOfRange()) {
                return;
            }
            Optional<Resource> hpa = Replicas.owner(set, workload);
            String blocks = "every pod of " + workload + " must stay available, so every node drain blocks and the"
                    + " cluster autoscaler cannot remove a node it runs on";
            if (min.percent()) {
                checkPercent(hpa, blocks);
            } else if (hpa.isPresent()) {
                checkCountAgainst(hpa.get(), blocks);
            } else {
                Optional<Integer> written = set.pods(workload).flatMap(pods -> pods.replicas());
                int replicas = written.orElse(1);
                if (replicas > 0 && min.value() >= replicas) { // no pods, nothing to evict: the budget blocks nothing
                    scope.report(BLOCKS_DRAIN, "spec.minAvailable", min,
                            blocks + " (it runs " + replicas + " replica" + (replicas == 1 ? "" : "s")
                                    + (written.isEmpty() ? ", the default" : "") + ")",
                            fix(replicas > 1 ? "use a minAvailable below " + replicas + ", or .maxUnavailable(count(1))"
                                    : "run at least 2 replicas, or .maxUnavailable(count(1)) if an outage during a"
                                    + " drain is acceptable"));
                }
            }
        }

        private void checkCountAgainst(Resource hpa, String blocks) {
            Optional<Integer> max = maxReplicas(hpa);
            int least = Replicas.minReplicas(hpa);
            if (max.isPresent() && min.value() >= max.get()) {
                scope.report(BLOCKS_DRAIN, "spec.minAvailable", min,
                        blocks + ", even at the " + max.get() + " replicas (maxReplicas) of " + hpa,
                        fix("use a minAvailable below " + max.get() + ", or .maxUnavailable(count(1))"));
            } else if (min.value() >= least) {
                scope.report(ABOVE_HPA_MIN, "spec.minAvailable", min,
                        "minAvailable is at or above the " + least + " replicas (minReplicas) that " + hpa
                                + " may scale " + workload + " down to, where no pod may be evicted and node drains"
                                + " block",
                        fix("lower minAvailable below " + least + ", raise minReplicas of " + hpa
                                + ", or use .maxUnavailable(count(1))"));
            }
        }

        /** Kubernetes rounds a minAvailable percentage up: 80% of 2 replicas is 2, which blocks every drain. */
        private void checkPercent(Optional<Resource> hpa, String blocks) {
            Fix lower = fix("use a lower percentage, or .maxUnavailable(count(1))");
            if (min.value() == 100) {
                scope.report(BLOCKS_DRAIN, "spec.minAvailable", min, blocks, lower);
                return;
            }
            if (hpa.isPresent()) {
                checkPercentAgainst(hpa.get(), blocks, lower);
                return;
            }
            int replicas = set.pods(workload).flatMap(pods -> pods.replicas()).orElse(1);
            int required = min.required(replicas);
            if (replicas > 0 && required >= replicas) {
                scope.report(BLOCKS_DRAIN, "spec.minAvailable", min,
                        blocks + " (" + min + " of " + replicas + " replica" + (replicas == 1 ? "" : "s")
                                + " rounds up to " + required + ")", lower);
            }
        }

        /** The percentage at the HPA's maximum (every drain blocks) and its minimum (drains block when scaled in). */
        private void checkPercentAgainst(Resource hpa, String blocks, Fix lower) {
            Optional<Integer> max = maxReplicas(hpa).filter(m -> m > 0);
            int least = Replicas.minReplicas(hpa);
            if (max.isPresent() && min.required(max.get()) >= max.get()) {
                scope.report(BLOCKS_DRAIN, "spec.minAvailable", min,
                        blocks + ", even at the " + max.get() + " replicas (maxReplicas) of " + hpa + " (" + min
                                + " of " + max.get() + " rounds up to " + min.required(max.get()) + ")", lower);
            } else if (least > 0 && min.required(least) >= least) {
                scope.report(ABOVE_HPA_MIN, "spec.minAvailable", min,
                        "minAvailable is at or above the " + least + " replica" + (least == 1 ? "" : "s")
                                + " (minReplicas) that " + hpa + " may scale " + workload + " down to (" + min
                                + " of " + least + " rounds up to " + min.required(least) + "), where no pod may be"
                                + " evicted and node drains block",
                        fix("use a lower percentage, raise minReplicas of " + hpa + ", or use"
                                + " .maxUnavailable(count(1))"));
            }
        }

        private static Optional<Integer> maxReplicas(Resource hpa) {
            HorizontalPodAutoscaler object = (HorizontalPodAutoscaler) hpa.object();
            return Optional.ofNullable(object.getSpec() == null ? null : object.getSpec().getMaxReplicas());
        }
    }
}
