package io.manifesto.scaling.rules;

import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.scaling.EvictionHint;

import java.util.List;

/** The cluster autoscaler's eviction hint on pods: {@code safe-to-evict} is {@code "true"} or {@code "false"}. */
public final class EvictionAnnotationRules implements RuleSet {

    /** A safe-to-evict annotation that is neither "true" nor "false". */
    public static final RuleInfo VALUE = RuleInfo.error("eviction.annotation-value",
            "the safe-to-evict pod annotation is \"true\" or \"false\"",
            "the cluster autoscaler reads only \"true\" and \"false\" and ignores any other value, so the pods are"
                    + " treated as if the annotation were not there");

    @Override
    public List<RuleInfo> rules() {
        return List.of(VALUE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource workload : set.workloads()) {
            PodTemplate pods = set.pods(workload).orElseThrow();
            String value = pods.annotations().get(EvictionHint.ANNOTATION);
            if (value != null && !value.equals("true") && !value.equals("false")) {
                String field = (pods.path().isEmpty() ? "" : pods.path() + ".") + "metadata.annotations."
                        + EvictionHint.ANNOTATION;
                findings.on(workload).report(VALUE, field, value,
                        "the cluster autoscaler reads only \"true\" and \"false\", and ignores this value",
                        Fix.of("remove the annotation and use .with(safeToEvict()) or .with(notSafeToEvict())",
                                "write \"true\" (the autoscaler may evict these pods to remove a node) or \"false\""
                                        + " (it keeps every node they run on)"));
            }
        }
    }
}
