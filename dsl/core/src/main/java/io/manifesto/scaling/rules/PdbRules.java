package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules of a PodDisruptionBudget (policy/v1), whatever made it: one of minAvailable and maxUnavailable, in
 * range, selecting the pods of one workload that no other budget selects, and letting a node drain evict one.
 */
public final class PdbRules implements RuleSet {

    /** Neither or both of minAvailable and maxUnavailable. */
    public static final RuleInfo MIN_XOR_MAX = RuleInfo.error("pdb.min-xor-max",
            "a budget sets exactly one of minAvailable and maxUnavailable",
            "the API server rejects a budget with both; one with neither protects nothing");
    /** A negative count, a percentage above 100, or a value that is neither. */
    public static final RuleInfo OUT_OF_RANGE = RuleInfo.error("pdb.out-of-range",
            "a budget is a count of 0 or more or a percentage from 0% to 100%",
            "the API server rejects any other minAvailable or maxUnavailable");
    /** A budget whose selector selects no workload's pods. */
    public static final RuleInfo TARGET_MISSING = RuleInfo.error("pdb.target-missing",
            "a budget selects the pods of a workload that is applied with it",
            "a budget that selects no pod protects nothing");
    /** A second budget on the pods of the same workload. */
    public static final RuleInfo DUPLICATE_TARGET = RuleInfo.error("pdb.duplicate-target",
            "one budget per workload",
            "the eviction API refuses to evict a pod that more than one budget selects, so every node drain blocks");

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(List.of(MIN_XOR_MAX, OUT_OF_RANGE, TARGET_MISSING));
        rules.addAll(PdbDrains.RULES);
        rules.add(DUPLICATE_TARGET);
        return rules;
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("PodDisruptionBudget")) {
            if (resource.object() instanceof PodDisruptionBudget pdb) {
                PodDisruptionBudgetSpec spec = pdb.getSpec() == null ? new PodDisruptionBudgetSpec() : pdb.getSpec();
                check(set, resource, spec, findings.on(resource));
            }
        }
    }

    private static void check(ResolvedSet set, Resource pdb, PodDisruptionBudgetSpec spec, Findings.On scope) {
        Budget min = Budget.of(spec.getMinAvailable());
        Budget max = Budget.of(spec.getMaxUnavailable());
        if ((min == null) == (max == null)) {
            boolean both = min != null;
            scope.report(MIN_XOR_MAX, both ? "spec.maxUnavailable" : "spec.minAvailable", both ? max : null,
                    both ? "a budget sets minAvailable or maxUnavailable, not both"
                            : "a budget needs minAvailable or maxUnavailable",
                    both ? Fix.of("keep one of .minAvailable(" + min + ") and .maxUnavailable(" + max + ")",
                            "keep one of spec.minAvailable (" + min + ") and spec.maxUnavailable (" + max + ")")
                            : Fix.of("set one, e.g. .maxUnavailable(count(1))", "set one, e.g. maxUnavailable: 1"));
        }
        checkRange(scope, "spec.minAvailable", min);
        checkRange(scope, "spec.maxUnavailable", max);
        var selector = spec.getSelector() == null ? null : spec.getSelector().getMatchLabels();
        List<Resource> selected = set.workloadsSelectedBy(pdb.namespace(), selector);
        if (selected.isEmpty()) {
            // a DSL budget is made for one workload, which its own rule names (the object records only labels)
            if (!scope.dslTerms()) {
                scope.report(TARGET_MISSING, "spec.selector", selector,
                        Where.has(pdb) + " no workload whose pods carry these labels",
                        Fix.of("apply the workload with it, or select its pods' labels in spec.selector.matchLabels"));
            }
            return;
        }
        if (selected.size() == 1) {
            PdbDrains.check(set, selected.get(0), min, max, scope);
        }
        for (Resource workload : selected) {
            List<Resource> earlier = Earlier.than(set.pdbsSelecting(workload), pdb);
            if (!earlier.isEmpty()) {
                String ids = earlier.stream().map(Resource::toString).collect(Collectors.joining(", "));
                scope.report(DUPLICATE_TARGET, "spec.selector", workload, Where.already(pdb, "has ", "have ") + ids
                                + " on " + workload + ", and the eviction API refuses to evict a pod that more than"
                                + " one budget selects, so every node drain blocks",
                        Fix.of("keep one budget per workload: remove this one or " + ids));
            }
        }
    }

    private static void checkRange(Findings.On scope, String field, Budget value) {
        if (value != null && value.isOutOfRange()) {
            scope.report(OUT_OF_RANGE, field, value, value.value() == null ? "is not a count or a percentage"
                    : "is out of range", Fix.of("use a count of 0 or more, or a percentage from 0% to 100%"));
        }
    }
}
