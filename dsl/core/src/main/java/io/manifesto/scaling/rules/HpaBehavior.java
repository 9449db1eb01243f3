package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** An HPA's {@code spec.behavior}: stabilisation windows, policies and select policies Kubernetes accepts. */
public final class HpaBehavior {

    /** A stabilisation window outside 0..3600 seconds. */
    public static final RuleInfo STABILIZATION_WINDOW = RuleInfo.error("hpa.stabilization-window",
            "a stabilisation window is between 0 and 3600 seconds",
            "the API server rejects stabilizationWindowSeconds outside 0..3600");
    /**
     * A scaling policy whose type is not Pods or Percent, whose value is not above 0 or whose period is outside
     * 1..1800 seconds, or a select policy other than Max, Min or Disabled.
     */
    public static final RuleInfo POLICY = RuleInfo.error("hpa.policy",
            "a scaling policy is Pods or Percent, above 0, over 1 to 1800 seconds; a select policy is Max, Min or"
                    + " Disabled",
            "the API server rejects any other policy type, value, period or select policy");

    static final List<RuleInfo> RULES = List.of(STABILIZATION_WINDOW, POLICY);

    private static final List<String> POLICY_TYPES = List.of("Pods", "Percent");
    private static final List<String> SELECT_POLICIES = List.of("Max", "Min", "Disabled");

    private HpaBehavior() {
    }

    static void check(HorizontalPodAutoscalerBehavior behavior, Findings.On scope) {
        if (behavior != null) {
            check(behavior.getScaleUp(), scope.field("spec.behavior.scaleUp"));
            check(behavior.getScaleDown(), scope.field("spec.behavior.scaleDown"));
        }
    }

    private static void check(HPAScalingRules rules, Findings.On scope) {
        if (rules == null) {
            return;
        }
        Integer window = rules.getStabilizationWindowSeconds();
        if (window != null && (window < 0 || window > 3600)) {
            scope.report(STABILIZATION_WINDOW, "stabilizationWindowSeconds", window,
                    "the stabilisation window must be between 0 and 3600 seconds",
                    Fix.of("use a window from 0 to 3600, or leave it to the Kubernetes default"));
        }
        List<HPAScalingPolicy> policies = rules.getPolicies() == null ? List.of() : rules.getPolicies();
        for (int i = 0; i < policies.size(); i++) {
            if (policies.get(i) != null) {
                check(policies.get(i), "policies[" + i + "]", scope);
            }
        }
        String select = rules.getSelectPolicy();
        if (select != null && !SELECT_POLICIES.contains(select)) {
            scope.report(POLICY, "selectPolicy", select,
                    "is not a select policy: " + String.join(", ", SELECT_POLICIES),
                    Fix.of("use Max (the most change), Min (the least) or Disabled (no scaling this way)"));
        }
    }

    private static void check(HPAScalingPolicy policy, String at, Findings.On scope) {
        boolean known = POLICY_TYPES.contains(policy.getType());
        if (!known) {
            scope.report(POLICY, at + ".type", policy.getType(),
                    "is not a policy type: " + String.join(", ", POLICY_TYPES),
                    Fix.of("use Pods (a number of pods) or Percent (of the current replicas)"));
        }
        if (policy.getValue() == null || policy.getValue() < 1) {
            scope.report(POLICY, at + ".value", policy.getValue(),
                    "a " + (known ? policy.getType() + " " : "") + "policy must allow a change above 0",
                    Fix.of("use a value of 1 or more; to stop scaling in this direction use SelectPolicy.DISABLED",
                            "use a value of 1 or more; to stop scaling in this direction set selectPolicy: Disabled"));
        }
        Integer period = policy.getPeriodSeconds();
        if (period == null || period < 1 || period > 1800) {
            scope.report(POLICY, at + ".periodSeconds", period, "a policy period must be between 1 and 1800 seconds",
                    Fix.of("use a period from 1 to 1800"));
        }
    }
}
