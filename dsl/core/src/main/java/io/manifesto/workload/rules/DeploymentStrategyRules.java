package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;
import java.util.OptionalInt;

/** A Deployment's rolling update: a surge and an unavailability in range, not both 0. */
public final class DeploymentStrategyRules implements RuleSet {

    /** A rolling update that can make no progress, or a value out of range. */
    public static final RuleInfo STRATEGY = RuleInfo.error("deployment.strategy",
            "a rolling update's maxSurge is 0 or more, its maxUnavailable a count of 0 or more or 0% to 100%, and"
                    + " not both 0",
            "the API server rejects values out of range and a rollout with both at 0, which could never replace a"
                    + " pod");

    @Override
    public List<RuleInfo> rules() {
        return List.of(STRATEGY);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Deployment")) {
            if (!(resource.object() instanceof Deployment deployment) || deployment.getSpec() == null
                    || deployment.getSpec().getStrategy() == null
                    || "Recreate".equals(deployment.getSpec().getStrategy().getType())
                    || deployment.getSpec().getStrategy().getRollingUpdate() == null) {
                continue;
            }
            check(findings.on(resource).field("spec.strategy.rollingUpdate"),
                    deployment.getSpec().getStrategy().getRollingUpdate());
        }
    }

    private static void check(Findings.On scope, RollingUpdateDeployment update) {
        IntOrString surge = update.getMaxSurge();
        IntOrString unavailable = update.getMaxUnavailable();
        OptionalInt surgeValue = value(scope, "maxSurge", surge);
        OptionalInt unavailableValue = value(scope, "maxUnavailable", unavailable);
        if (surgeValue.isPresent() && surgeValue.getAsInt() < 0) {
            scope.report(STRATEGY, "maxSurge", text(surge), "cannot be negative",
                    Fix.of("use a count or a percentage of 0 or more (a surge may exceed 100%)"));
        }
        if (unavailableValue.isPresent() && (unavailableValue.getAsInt() < 0
                || unavailable.getStrVal() != null && unavailableValue.getAsInt() > 100)) {
            scope.report(STRATEGY, "maxUnavailable", text(unavailable), "is out of range",
                    Fix.of("use a count of 0 or more, or a percentage from 0% to 100%"));
        }
        if (surgeValue.equals(OptionalInt.of(0)) && unavailableValue.equals(OptionalInt.of(0))) {
            scope.report(STRATEGY, "maxSurge", text(surge),
                    "maxSurge and maxUnavailable are both 0, so a rollout can never progress",
                    Fix.of("let one of them be above 0, e.g. maxSurge 1"));
        }
    }

    /** The count, or the percentage's number; empty when unset, or reported as neither. */
    private static OptionalInt value(Findings.On scope, String field, IntOrString value) {
        if (value == null || value.getIntVal() == null && value.getStrVal() == null) {
            return OptionalInt.empty();
        }
        if (value.getIntVal() != null) {
            return OptionalInt.of(value.getIntVal());
        }
        String text = value.getStrVal();
        if (text.matches("-?[0-9]{1,9}%")) {
            return OptionalInt.of(Integer.parseInt(text.substring(0, text.length() - 1)));
        }
        scope.report(STRATEGY, field, text, "is neither a count nor a percentage",
                Fix.of("write a count such as 1, or a percentage such as \"25%\""));
        return OptionalInt.empty();
    }

    private static String text(IntOrString value) {
        return value.getIntVal() != null ? String.valueOf(value.getIntVal()) : value.getStrVal();
    }
}
