package io.manifesto.scheduling.rules;

import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.scheduling.NodeConstraints;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.NodePools;
import io.manifesto.scheduling.PoolPick;
import io.manifesto.scheduling.Taint;

import java.util.List;

/**
 * The node pools of the cluster ({@link NodePools#of(ResolvedSet)}: the application's profile and the pools it
 * adds, or the standard AKS profile in lint) against the pod specs that pick them: a node selector or required node
 * affinity that confines the pods to a tainted pool they do not tolerate, with no other pool to go to.
 */
public final class NodePoolRules implements RuleSet {

    /** A pod spec picks a pool whose taint it does not tolerate, and no other pool admits it. */
    public static final RuleInfo UNTOLERATED_TAINT = RuleInfo.error(NodePool.UNTOLERATED_TAINT,
            "pods that pick a tainted node pool tolerate its taint",
            "the scheduler never places pods on a node whose taint they do not tolerate: they stay Pending");

    @Override
    public List<RuleInfo> rules() {
        return List.of(UNTOLERATED_TAINT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        List<NodePool> pools = NodePools.of(set).pools();
        if (pools.stream().allMatch(pool -> pool.taints().isEmpty())) {
            return;
        }
        PodSpecs.forEach(set, findings, visit -> NodeConstraints.of(visit.spec())
                .ifPresent(constraints -> check(constraints, pools, visit.scope())));
    }

    private static void check(NodeConstraints constraints, List<NodePool> pools, Findings.On spec) {
        // another known pool that the pods may use and whose taints they tolerate is where they go instead
        if (pools.stream().anyMatch(constraints::canRunOn)) {
            return;
        }
        for (NodePool pool : pools) {
            List<Taint> repelling = pool.taintsNotToleratedBy(constraints.tolerations());
            if (constraints.targets(pool) && !repelling.isEmpty()) {
                Taint taint = repelling.get(0);
                PoolPick pick = constraints.pick(pool);
                spec.report(UNTOLERATED_TAINT, pick.field(), pick.value(), pick.phrase() + pool.description()
                                + ", whose nodes carry the taint " + taint + " that no toleration of the pods matches,"
                                + " so the pods would stay Pending",
                        Fix.of("tolerate it with .tolerate(Toleration.exists(\"" + taint.key() + "\")) on the"
                                        + " placement, or select other nodes",
                                "add the toleration {key: " + taint.key() + ", operator: Exists} to tolerations, or"
                                        + " select other nodes"));
            }
        }
    }
}
