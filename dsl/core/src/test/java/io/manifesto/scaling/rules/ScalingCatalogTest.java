package io.manifesto.scaling.rules;

import io.manifesto.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule catalog tells which scaling rules lint applies to any YAML and which only DSL values can break. */
class ScalingCatalogTest {

    @Test
    void listsTheScalingRulesOnObjectsAndTheDslOnlyOnesApart() {
        var entries = RuleCatalog.standard().entries();
        assertThat(entries).filteredOn(entry -> entry.rule().id().matches("(hpa|vpa|pdb|priorityclass|eviction)\\..*"))
                .filteredOn(RuleCatalog.Entry::onObjects).extracting(entry -> entry.rule().id()).containsExactly(
                        "eviction.annotation-value", "hpa.duplicate-target", "hpa.max-replicas",
                        "hpa.metric-name", "hpa.metric-resource", "hpa.metric-source", "hpa.metric-target",
                        "hpa.metric-value", "hpa.min-above-max", "hpa.min-replicas", "hpa.missing-request",
                        "hpa.policy", "hpa.stabilization-window", "hpa.target-kind", "hpa.target-missing",
                        "hpa.unknown-container", "hpa.utilization-unreachable", "pdb.blocks-drain",
                        "pdb.daemonset-budget", "pdb.duplicate-target", "pdb.min-available-above-hpa-min",
                        "pdb.min-xor-max", "pdb.out-of-range", "pdb.target-missing",
                        "priorityclass.global-default", "priorityclass.reserved-name", "priorityclass.value",
                        "vpa.auto-deprecated", "vpa.bound-resolution", "vpa.controlled-values-off",
                        "vpa.duplicate-policy", "vpa.duplicate-target", "vpa.evicts-single-replica",
                        "vpa.hpa-conflict", "vpa.min-above-max", "vpa.min-replicas", "vpa.resource",
                        "vpa.target-missing", "vpa.unknown-container", "vpa.update-mode",
                        "vpa.update-mode-required");
        assertThat(entries).filteredOn(entry -> entry.rule().id().matches("(eviction|priority|overprovisioning)\\..*"))
                .filteredOn(entry -> !entry.onObjects()).extracting(entry -> entry.rule().id()).containsExactly(
                        "eviction.conflicting-annotation", "eviction.conflicting-hints",
                        "overprovisioning.cannot-preempt", "overprovisioning.expendable", "overprovisioning.priority",
                        "overprovisioning.replicas", "overprovisioning.requests", "overprovisioning.target-missing",
                        "overprovisioning.virtual-nodes", "priority.conflicting", "priority.unknown-class");
    }
}
