package io.manifesto.annotations.processing;

import io.manifesto.annotations.HorizontalAutoscaling;
import io.manifesto.annotations.ScalePolicy;
import io.manifesto.scaling.HorizontalPodAutoscaler;
import io.manifesto.scaling.ScalingPolicy;
import io.manifesto.scaling.ScalingRules;
import io.manifesto.scaling.SelectPolicy;

import static io.manifesto.Manifesto.hpa;

/** {@link HorizontalAutoscaling} onto the DSL's {@code hpa(workload)}: only the attributes written are set. */
final class HorizontalMapping {

    private static final String KIND = "HorizontalPodAutoscaler";

    private HorizontalMapping() {
    }

    static void map(AnnotationView view, Draft draft) {
        HorizontalPodAutoscaler hpa = hpa(draft.workload()).maxReplicas(view.integer("maxReplicas"));
        if (view.isWritten("minReplicas")) {
            hpa = hpa.minReplicas(view.integer("minReplicas"));
        }
        if (view.isWritten("cpuUtilization")) {
            hpa = hpa.cpuUtilization(view.integer("cpuUtilization"));
        }
        if (view.isWritten("memoryUtilization")) {
            hpa = hpa.memoryUtilization(view.integer("memoryUtilization"));
        }
        if (view.isWritten("cpuAverageValue")) {
            hpa = hpa.cpuAverageValue(view.string("cpuAverageValue"));
        }
        if (view.isWritten("memoryAverageValue")) {
            hpa = hpa.memoryAverageValue(view.string("memoryAverageValue"));
        }
        if (view.isWritten("scaleUp")) {
            hpa = hpa.scaleUp(rules(view.nested("scaleUp")));
        }
        if (view.isWritten("scaleDown")) {
            hpa = hpa.scaleDown(rules(view.nested("scaleDown")));
        }
        draft.add(hpa);
        Origins origins = draft.origins();
        origins.add(KIND, "", view, null);
        origins.add(KIND, "spec.minReplicas", view, "minReplicas");
        origins.add(KIND, "spec.maxReplicas", view, "maxReplicas");
        origins.add(KIND, "spec.behavior.scaleUp", view, "scaleUp");
        origins.add(KIND, "spec.behavior.scaleDown", view, "scaleDown");
        for (String metric : new String[] {"cpuUtilization", "memoryUtilization", "cpuAverageValue",
                "memoryAverageValue"}) {
            if (view.isWritten(metric)) {
                origins.add(KIND, "spec.metrics", view, metric);
            }
        }
        draft.application().replicas().ifPresent(replicas ->
                origins.add("Deployment", "spec.replicas", draft.application().view(), "replicas"));
    }

    private static ScalingRules rules(AnnotationView behavior) {
        ScalingRules rules = ScalingRules.defaults();
        if (behavior.isWritten("stabilizationWindowSeconds")) {
            rules = rules.stabilizationWindowSeconds(behavior.integer("stabilizationWindowSeconds"));
        }
        for (AnnotationView policy : behavior.nestedList("policies")) {
            int value = policy.integer("value");
            int period = policy.integer("periodSeconds");
            rules = rules.policy(policy.constant("type", ScalePolicy.Type.class) == ScalePolicy.Type.PODS
                    ? ScalingPolicy.pods(value, period) : ScalingPolicy.percent(value, period));
        }
        if (behavior.isWritten("selectPolicy")) {
            rules = rules.selectPolicy(behavior.constant("selectPolicy", SelectPolicy.class));
        }
        return rules;
    }
}
