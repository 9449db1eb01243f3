package io.manifesto.scheduling;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/**
 * The catalog entries of the placement rules, still checked on the DSL's placement values: tolerations, affinity,
 * topology spread and node pools. Moving them to the objects needs the node-pool registry of a cluster profile.
 */
public final class SchedulingDslRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(Toleration.VALUE_WITH_EXISTS, "a toleration with operator Exists has no value",
                        "the API server rejects a value on an Exists toleration"),
                RuleInfo.error(Toleration.SECONDS_WITHOUT_NO_EXECUTE,
                        "tolerationSeconds goes with effect NoExecute",
                        "the API server rejects tolerationSeconds on any other effect; only NoExecute evicts"),
                RuleInfo.error(Toleration.EQUAL_WITHOUT_KEY, "a toleration with operator Equal has a key",
                        "the API server rejects an Equal toleration without key; only Exists may match every key"),
                RuleInfo.error(Placement.WEIGHT_RULE, "an affinity weight is from 1 to 100",
                        "the API server rejects preferred terms weighted outside 1..100"),
                RuleInfo.error(Placement.EMPTY_TERM_RULE, "a node affinity term has requirements",
                        "an empty term matches no node in a required term, so the pods stay Pending"),
                RuleInfo.error(Placement.POD_TERM_RULE, "a pod affinity term has a topology key and pod labels",
                        "the API server rejects a term without topologyKey; without labels it selects no pod"),
                RuleInfo.error(Placement.CONFLICTING_NODE_SELECTOR, "a node selector label has one value",
                        "one key holds one value: the later placement silently overwrote the earlier one"),
                RuleInfo.error(Placement.NO_MATCHING_NODE, "a placement's node requirements can all be met by one node",
                        "contradictory selector and required affinity terms match no node: the pods stay Pending"),
                RuleInfo.error(NodeRequirement.VALUES_RULE, "the values of a node requirement fit its operator",
                        "In and NotIn need values, Exists and DoesNotExist none, Gt and Lt one integer: the API"
                                + " server rejects the rest"),
                RuleInfo.error(TopologySpread.MAX_SKEW, "a topology spread's maxSkew is at least 1",
                        "the API server rejects a maxSkew below 1"),
                RuleInfo.error(TopologySpread.DUPLICATE, "topology spread constraints differ in key or whenUnsatisfiable",
                        "the API server rejects two constraints with the same topologyKey and whenUnsatisfiable"),
                RuleInfo.error(TopologySpread.MIN_DOMAINS, "minDomains is at least 1, and only with DoNotSchedule",
                        "the API server rejects minDomains below 1 or with ScheduleAnyway"),
                RuleInfo.error(NodePool.UNTOLERATED_TAINT, "pods that pick a tainted node pool tolerate its taint",
                        "the scheduler never places pods on a node whose taint they do not tolerate: they stay"
                                + " Pending"));
    }
}
