package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a HorizontalPodAutoscaler (autoscaling/v2), whatever made it: its replica range, its metrics, its
 * scaling behaviour, and the workload it scales. Each HPA's findings come together, in that order.
 */
public final class HpaRules implements RuleSet {

    /** The kind this rule set checks. */
    static final String KIND = "HorizontalPodAutoscaler";

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(HpaRange.RULES);
        rules.addAll(HpaMetrics.RULES);
        rules.addAll(HpaBehavior.RULES);
        rules.addAll(HpaTarget.RULES);
        rules.addAll(HpaContainers.RULES);
        return rules;
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind(KIND)) {
            if (resource.object() instanceof HorizontalPodAutoscaler hpa) {
                HorizontalPodAutoscalerSpec spec = hpa.getSpec() == null ? new HorizontalPodAutoscalerSpec()
                        : hpa.getSpec();
                Findings.On scope = findings.on(resource);
                HpaRange.check(spec, scope);
                List<HpaMetricSource> metrics = HpaMetrics.check(spec, scope);
                HpaBehavior.check(spec.getBehavior(), scope);
                HpaTarget.check(set, resource, spec, metrics, scope);
            }
        }
    }
}
