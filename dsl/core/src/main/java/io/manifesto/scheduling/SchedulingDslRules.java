package io.manifesto.scheduling;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/**
 * The catalog entries of the placement rules checked on the DSL's placement values. A conflicting node selector
 * exists only in DSL terms: the rendered {@code nodeSelector} keeps one value per label, so no object shows the two
 * values asked for. The rules of the rendered tolerations, node and pod affinity, topology spread, node
 * requirements no node meets and tainted node pools the pods pick ({@code node-pool.untolerated-taint}, against the
 * application's {@link ClusterProfile} and pools, or the standard profile in lint) are object rules, in
 * {@code io.manifesto.scheduling.rules}.
 */
public final class SchedulingDslRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(Placement.CONFLICTING_NODE_SELECTOR, "a node selector label has one value",
                        "one key holds one value: the later placement silently overwrote the earlier one"));
    }
}
