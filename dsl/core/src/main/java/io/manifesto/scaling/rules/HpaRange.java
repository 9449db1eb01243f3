package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** An HPA's replica range: {@code spec.minReplicas} at least 1, {@code spec.maxReplicas} at least the minimum. */
public final class HpaRange {

    /** minReplicas below 1. */
    public static final RuleInfo MIN_REPLICAS = RuleInfo.error("hpa.min-replicas", "an HPA's minReplicas is at least 1",
            "the API server rejects minReplicas 0 unless the alpha HPAScaleToZero feature gate is on");
    /** maxReplicas missing or below 1. */
    public static final RuleInfo MAX_REPLICAS = RuleInfo.error("hpa.max-replicas",
            "an HPA has a maxReplicas of at least 1", "the API server requires spec.maxReplicas, and at least 1");
    /** minReplicas above maxReplicas. */
    public static final RuleInfo MIN_ABOVE_MAX = RuleInfo.error("hpa.min-above-max",
            "an HPA's minReplicas is at most its maxReplicas",
            "the API server rejects an HPA whose minReplicas is above its maxReplicas");

    static final List<RuleInfo> RULES = List.of(MIN_REPLICAS, MAX_REPLICAS, MIN_ABOVE_MAX);

    private HpaRange() {
    }

    static void check(HorizontalPodAutoscalerSpec spec, Findings.On scope) {
        Integer min = spec.getMinReplicas();
        Integer max = spec.getMaxReplicas();
        if (min != null && min < 1) {
            scope.report(MIN_REPLICAS, "spec.minReplicas", min, "'minReplicas' must be at least 1",
                    Fix.of("use 1 or more: scaling to zero needs the alpha HPAScaleToZero feature gate"));
        }
        if (max == null || max < 1) {
            scope.report(MAX_REPLICAS, "spec.maxReplicas", max, "an HPA needs a 'maxReplicas' of at least 1",
                    Fix.of("set the range with .replicas(min, max), e.g. .replicas(2, 10)",
                            "set spec.maxReplicas to 1 or more, e.g. 10"));
        } else if (min != null && min > max) {
            scope.report(MIN_ABOVE_MAX, "spec.minReplicas", min,
                    "'minReplicas' (" + min + ") must be less than or equal to 'maxReplicas' (" + max + ")",
                    Fix.of("lower minReplicas to at most " + max + ", or raise maxReplicas to at least " + min));
        }
    }
}
