package io.manifesto.annotations.processing;

import io.manifesto.annotations.HorizontalAutoscaling;
import io.manifesto.annotations.ScalePolicy;
import io.manifesto.scaling.HorizontalPodAutoscaler;
import io.manifesto.scaling.ScalingPolicy;
import io.manifesto.scaling.ScalingRules;
import io.manifesto.scaling.SelectPolicy;

import java.util.List;

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
        behaviorOrigins(view, "scaleUp", origins);
        behaviorOrigins(view, "scaleDown", origins);
        for (String metric : new String[] {"cpuUtilization", "memoryUtilization", "cpuAverageValue",
                "memoryAverageValue"}) {
            if (view.isWritten(metric)) {
                origins.add(KIND, "spec.metrics", view, metric);
            }
        }
        draft.application().replicas().ifPresent(replicas ->
                origins.add("Deployment", "spec.replicas", draft.application().view(), "replicas"));
    }

    private static void behaviorOrigins(AnnotationView view, String direction, Origins origins) {
        if (!view.isWritten(direction)) {
            return;
        }
        String field = "spec.behavior." + direction;
        AnnotationView behavior = view.nested(direction);
        origins.add(KIND, field, view, direction);
        origins.add(KIND, field + ".stabilizationWindowSeconds", behavior, "stabilizationWindowSeconds");
        origins.add(KIND, field + ".selectPolicy", behavior, "selectPolicy");
        List<AnnotationView> policies = behavior.nestedList("policies");
        for (int i = 0; i < policies.size(); i++) {
            origins.add(KIND, field + ".policies[" + i + "]", policies.get(i), null);
            origins.add(KIND, field + ".policies[" + i + "].value", policies.get(i), "value");
            origins.add(KIND, field + ".policies[" + i + "].periodSeconds", policies.get(i), "periodSeconds");
        }
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
