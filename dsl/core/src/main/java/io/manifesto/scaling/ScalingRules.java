package io.manifesto.scaling;

import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Optional;

/**
 * The rules of one scaling direction: {@code spec.behavior.scaleUp} or {@code spec.behavior.scaleDown}. Whatever is
 * not set is not rendered, and Kubernetes applies its defaults (scale-up: no stabilisation, 100% or 4 pods per 15 s,
 * Max; scale-down: 300 s stabilisation, 100% per 15 s). Immutable: every method returns new rules.
 */
public final class ScalingRules {

    private final Integer stabilizationWindowSeconds;
    private final List<ScalingPolicy> policies;
    private final SelectPolicy selectPolicy;
    private final Nulls missing;

    private ScalingRules(Integer stabilizationWindowSeconds, List<ScalingPolicy> policies, SelectPolicy select,
                         Nulls missing) {
        this.stabilizationWindowSeconds = stabilizationWindowSeconds;
        this.policies = List.copyOf(policies);
        this.selectPolicy = select;
        this.missing = missing;
    }

    /**
     * Rules that set nothing ({@code spec.behavior.scaleUp} or {@code scaleDown} left out): every field is left to
     * Kubernetes' default until set.
     */
    public static ScalingRules defaults() {
        return new ScalingRules(null, List.of(), null, Nulls.NONE);
    }

    /**
     * {@code stabilizationWindowSeconds} (0..3600): the HPA acts on the most conservative recommendation of this
     * window, which damps flapping.
     */
    public ScalingRules stabilizationWindowSeconds(int seconds) {
        return new ScalingRules(seconds, policies, selectPolicy, missing);
    }

    /** Adds an entry to {@code policies}. */
    public ScalingRules policy(ScalingPolicy policy) {
        Nulls remembered = missing.remember(policy, "policies", "policy(...)");
        if (policy != null && policy.type() == null) {
            remembered = remembered.with(new MissingValue("policies[" + policies.size() + "].type",
                    "new ScalingPolicy(...)"));
        }
        return new ScalingRules(stabilizationWindowSeconds, Nulls.append(policies, policy), selectPolicy,
                remembered);
    }

    /** {@code selectPolicy}: which policy wins when several apply. */
    public ScalingRules selectPolicy(SelectPolicy select) {
        return new ScalingRules(stabilizationWindowSeconds, policies, select,
                missing.remember(select, "selectPolicy", "selectPolicy(...)"));
    }

    /** The stabilisation window, when set. */
    public Optional<Integer> stabilizationWindowSeconds() {
        return Optional.ofNullable(stabilizationWindowSeconds);
    }

    /** The policies, in the order added. */
    public List<ScalingPolicy> policies() {
        return policies;
    }

    /** The select policy, when set. */
    public Optional<SelectPolicy> selectPolicy() {
        return Optional.ofNullable(selectPolicy);
    }

    /** The {@code null}s passed to these rules' methods (fields relative to the rules), reported by the HPA. */
    public List<MissingValue> missingValues() {
        return missing.values();
    }
}
