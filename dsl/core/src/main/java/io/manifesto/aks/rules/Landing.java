package io.manifesto.aks.rules;

import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.scheduling.NodeConstraints;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.Toleration;

/**
 * Pods that can land on a virtual node pool: the pool, the toleration that lets them onto it, whether they are
 * confined to it (rather than bursting onto it), and where the findings about them go. Words the messages and fixes
 * the virtual node rules share.
 *
 * @param pool      the virtual node pool the pods can be placed on
 * @param admitting the toleration that lets them onto it
 * @param confined  {@code true} when the node selector or the required node affinity confines them to the pool
 * @param spec      findings at the pod spec
 */
record Landing(NodePool pool, Toleration admitting, boolean confined, Findings.On spec) {

    private static final Fix KEYLESS_FIX = Fix.of("name the key of each taint the pods should tolerate, e.g."
                    + " Toleration.exists(\"dedicated\"); if every taint is meant, write Toleration.everything() and"
                    + " keep the pods off virtual nodes with .requireNodes(NodeRequirement.notIn(\"type\","
                    + " \"virtual-kubelet\"), NodeRequirement.notIn(\"virtualization\", \"virtualnode2\"))",
            "name the key of each taint the pods should tolerate, e.g. {key: dedicated, operator: Exists}; if every"
                    + " taint is meant, keep the pods off virtual nodes with a required node affinity term of type"
                    + " NotIn [virtual-kubelet] and virtualization NotIn [virtualnode2]");

    /** Where {@code constraints} let pods onto {@code pool}, reported at {@code spec}. */
    static Landing of(NodePool pool, NodeConstraints constraints, Findings.On spec) {
        return new Landing(pool, admitting(constraints, pool), constraints.targets(pool), spec);
    }

    /**
     * The toleration that lets the pods onto {@code pool}: the first that tolerates one of its taints; the virtual
     * node toleration when none does (a pool without taints).
     */
    private static Toleration admitting(NodeConstraints constraints, NodePool pool) {
        return constraints.tolerations().stream()
                .filter(toleration -> pool.taints().stream().anyMatch(taint -> taint.toleratedBy(toleration)))
                .findFirst().orElse(AksVirtualNodes.TOLERATION);
    }

    /** Reports {@code rule} on {@code field}, with {@code fix} (or the keyless toleration's fix). */
    void report(RuleInfo rule, String field, Object value, String message, Fix fix) {
        spec.report(rule, field, value, message, fix(fix));
    }

    /**
     * For a keyless toleration, the start of a message saying that it is what lets the pods onto the virtual node
     * (the user may not have meant it to); otherwise nothing.
     */
    String keyless() {
        return admitting.toleratesEveryKey() ? "a toleration without key (operator Exists) tolerates every taint,"
                + " the virtual node's " + AksVirtualNodes.TAINT + " included; " : "";
    }

    /**
     * The fix: {@code usual}, or for a keyless toleration, naming the keys it should tolerate instead, or keeping
     * the pods off virtual nodes by node affinity.
     */
    Fix fix(Fix usual) {
        return admitting.toleratesEveryKey() ? KEYLESS_FIX : usual;
    }

    /** The fix for a keyless toleration, then "or " {@code then}; {@code usual} for any other toleration. */
    Fix fixOr(Fix usual, String then) {
        return admitting.toleratesEveryKey()
                ? Fix.of(KEYLESS_FIX.dsl() + ", or " + then, KEYLESS_FIX.manifest() + ", or " + then) : usual;
    }

    /** "{@code feature} are not supported on" the pool, where the pods can be placed. */
    String v1(String feature) {
        return keyless() + feature + " are not supported on " + pool.description() + ", where these pods"
                + " can be placed; the pods would fail once they land on the virtual node";
    }

    /** "{@code feature} cannot run on any AKS virtual node", and these pods can be placed on the pool. */
    String any(String feature) {
        return keyless() + feature + " cannot run on any AKS virtual node, and these pods can be placed on "
                + pool.description() + "; the pods would fail once they land on the virtual node";
    }
}
