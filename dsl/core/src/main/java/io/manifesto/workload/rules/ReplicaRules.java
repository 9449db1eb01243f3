package io.manifesto.workload.rules;

import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;

/** A workload's replica count: never negative, and left out when an autoscaler owns it. */
public final class ReplicaRules implements RuleSet {

    /** A negative replica count. */
    public static final RuleInfo REPLICAS = RuleInfo.error("workload.replicas", "a replica count is 0 or more",
            "the API server rejects a negative spec.replicas");
    /** A replica count on a workload whose replicas an autoscaler owns. */
    public static final RuleInfo REPLICAS_OWNED = RuleInfo.error("workload.replicas-owned",
            "a workload that a HorizontalPodAutoscaler scales leaves spec.replicas out",
            "the HPA writes spec.replicas; a count in the manifest resets it on every apply, and the workload"
                    + " jumps back to that count until the HPA scales it again");

    @Override
    public List<RuleInfo> rules() {
        return List.of(REPLICAS, REPLICAS_OWNED);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource workload : set.workloads()) {
            PodTemplate pods = set.pods(workload).orElseThrow();
            pods.replicas().ifPresent(replicas -> {
                Findings.On scope = findings.on(workload);
                if (replicas < 0) {
                    scope.report(REPLICAS, "spec.replicas", replicas, "a replica count cannot be negative",
                            Fix.of("use 0 or more"));
                }
                for (Resource hpa : set.hpasTargeting(workload)) {
                    scope.report(REPLICAS_OWNED, "spec.replicas", replicas,
                            hpa + " owns the replica count, so a fixed count would be reset on every apply",
                            Fix.of("remove .replicas(" + replicas + ") from " + workload + " and set the range on "
                                    + hpa, "remove spec.replicas from " + workload + " and set the range on " + hpa));
                }
            });
        }
    }
}
