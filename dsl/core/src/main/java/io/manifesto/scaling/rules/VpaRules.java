package io.manifesto.scaling.rules;

import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a VerticalPodAutoscaler (autoscaling.k8s.io/v1), whatever made it: its update policy, its container
 * policies, and the workload it acts on. Each VPA's findings come together, in that order.
 */
public final class VpaRules implements RuleSet {

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(VpaUpdatePolicy.RULES);
        rules.addAll(VpaContainerPolicies.RULES);
        rules.addAll(VpaTarget.RULES);
        return rules;
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("VerticalPodAutoscaler")) {
            if (resource.object() instanceof VerticalPodAutoscaler vpa) {
                VerticalPodAutoscalerSpec spec = vpa.getSpec() == null ? new VerticalPodAutoscalerSpec()
                        : vpa.getSpec();
                Findings.On scope = findings.on(resource);
                VpaUpdatePolicy.check(spec.getUpdatePolicy(), scope);
                VpaContainerPolicies.check(spec.getResourcePolicy(), scope);
                VpaTarget.check(set, resource, spec, scope);
            }
        }
    }
}
