package io.manifesto.scheduling;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/**
 * The catalog entries of the placement rules checked on the DSL's placement values. A conflicting node selector
 * exists only in DSL terms: the rendered {@code nodeSelector} keeps one value per label, so no object shows the two
 * values asked for. The node pools a placement picks or can land on are known to the DSL only (the pools the
 * application adds, and those of its {@link ClusterProfile}); a manifest says nothing of the cluster, so
 * {@code node-pool.untolerated-taint} stays here. The rules of the rendered tolerations, node and pod affinity,
 * topology spread and of node requirements no node meets are object rules, in {@code io.manifesto.scheduling.rules}.
 */
public final class SchedulingDslRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(Placement.CONFLICTING_NODE_SELECTOR, "a node selector label has one value",
                        "one key holds one value: the later placement silently overwrote the earlier one"),
                RuleInfo.error(NodePool.UNTOLERATED_TAINT, "pods that pick a tainted node pool tolerate its taint",
                        "the scheduler never places pods on a node whose taint they do not tolerate: they stay"
                                + " Pending"));
    }
}
