package io.manifesto.scaling;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/**
 * The scaling rules that only DSL values can break, for the rule catalog. Each checks an intent no rendered object
 * records: two traits of which the rendering keeps one, a hand-written annotation the trait overwrites, a class the
 * pods name that the DSL knows to exist in the cluster, and the overprovisioning placeholders, which render as an
 * ordinary Deployment and PriorityClass. Every other scaling rule checks the rendered objects
 * ({@code io.manifesto.scaling.rules}).
 */
public final class ScalingDslRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(EvictionHint.CONFLICT,
                        "an eviction hint agrees with a hand-written safe-to-evict annotation",
                        "the rendering keeps the hint's value and drops the annotation's, so one of the two settings"
                                + " would silently not apply"),
                RuleInfo.error(EvictionHint.CONFLICTING_HINTS,
                        "a workload has safeToEvict() or notSafeToEvict(), not both",
                        "the annotation holds one value, so the last hint would silently win"),
                RuleInfo.error(Priority.UNKNOWN_CLASS, "the PriorityClass a workload's pods name is in the"
                                + " application, or declared existing",
                        "the API server rejects a pod whose priorityClassName names no PriorityClass"),
                RuleInfo.error(Priority.CONFLICTING, "a workload is given one priority class",
                        "priorityClassName holds one, so the last would silently win"),
                RuleInfo.error(Overprovisioning.REPLICAS, "overprovisioning keeps at least one placeholder",
                        "a placeholder Deployment without replicas keeps no headroom"),
                RuleInfo.error(Overprovisioning.REQUESTS, "overprovisioning placeholders request CPU or memory",
                        "placeholders that request nothing reserve no room on a node"),
                RuleInfo.error(Overprovisioning.PRIORITY, "overprovisioning placeholders run below priority 0",
                        "the scheduler preempts only pods of lower priority, so real pods at 0 cannot take the room"),
                RuleInfo.warning(Overprovisioning.EXPENDABLE, "overprovisioning placeholders run at or above the"
                                + " cluster autoscaler's expendable cut-off",
                        "the cluster autoscaler adds no node for pods below --expendable-pods-priority-cutoff (-10),"
                                + " so no headroom is kept"),
                RuleInfo.error(Overprovisioning.TARGET_MISSING, "overprovisioning makes room for a workload of the"
                        + " application", "placeholders sized like a missing workload reserve an unknown amount"),
                RuleInfo.warning(Overprovisioning.CANNOT_PREEMPT, "the workload overprovisioning makes room for can"
                                + " preempt the placeholders",
                        "pods whose priority is not above the placeholders', or whose class never preempts, never get"
                                + " the room kept for them"),
                RuleInfo.warning(Overprovisioning.VIRTUAL_NODES, "overprovisioning does not make room for pods that"
                                + " run only on AKS virtual nodes",
                        "ACI starts each virtual-node pod on demand: there is no node to keep warm"));
    }
}
