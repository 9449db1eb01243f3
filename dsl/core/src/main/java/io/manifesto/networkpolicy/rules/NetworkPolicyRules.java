package io.manifesto.networkpolicy.rules;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;
import java.util.Objects;

/**
 * NetworkPolicies over the pods of the set: a policy whose pod selector (or a pod peer) selects no pod of the set,
 * and a named port no selected pod has. Only label selectors without expressions are followed.
 */
public final class NetworkPolicyRules implements RuleSet {

    /**
     * A policy or peer selecting no pod: an error for a DSL policy, whose application is all it refers to; a warning
     * for manifests, which may be linted apart from the pods they select.
     */
    public static final RuleInfo SELECTS_NOTHING = RuleInfo.error("networkpolicy.selects-nothing",
            "a policy's pod selector, and each pod peer's, selects pods of the manifests (a warning in lint)",
            "a selector that matches no pod admits or isolates nothing, usually after a workload or label was"
                    + " renamed or the workload was left out");
    /** A named port no selected pod has. */
    public static final RuleInfo NAMED_PORT = RuleInfo.error("networkpolicy.named-port",
            "a policy's named port is a container port of the pods it selects",
            "a named port in a policy resolves against the selected pods' container ports; one they lack admits"
                    + " nothing, so the traffic stays blocked");

    @Override
    public List<RuleInfo> rules() {
        return List.of(SELECTS_NOTHING, NAMED_PORT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("NetworkPolicy")) {
            if (!(resource.object() instanceof NetworkPolicy policy) || policy.getSpec() == null) {
                continue;
            }
            Findings.On scope = findings.on(resource).field("spec");
            LabelSelector selector = policy.getSpec().getPodSelector();
            List<Resource> selected = followable(selector)
                    ? set.workloadsSelectedBy(resource.namespace(), selector.getMatchLabels()) : null;
            if (selected != null && selected.isEmpty()) {
                selectsNothing(scope, resource, "podSelector", selector, "no pod of the manifests carries these labels",
                        Fix.of("add the workload it calls to the application", "select the labels of the pods'"
                                + " template"));
            }
            List<NetworkPolicyIngressRule> ingress = policy.getSpec().getIngress();
            for (int i = 0; ingress != null && i < ingress.size(); i++) {
                NetworkPolicyIngressRule rule = ingress.get(i);
                if (rule == null) {
                    continue;
                }
                checkPeers(set, resource, scope.field("ingress[" + i + "]"), rule.getFrom());
                if (selected != null && !selected.isEmpty()) {
                    checkPorts(set, selected, scope.field("ingress[" + i + "]"), rule.getPorts());
                }
            }
        }
    }

    private static boolean followable(LabelSelector selector) {
        return selector != null && selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    private static void checkPeers(ResolvedSet set, Resource policy, Findings.On rule, List<NetworkPolicyPeer> peers) {
        for (int j = 0; peers != null && j < peers.size(); j++) {
            NetworkPolicyPeer peer = peers.get(j);
            if (peer != null && peer.getNamespaceSelector() == null && followable(peer.getPodSelector())
                    && set.workloadsSelectedBy(policy.namespace(), peer.getPodSelector().getMatchLabels()).isEmpty()) {
                selectsNothing(rule, policy, "from[" + j + "].podSelector", peer.getPodSelector(),
                        "no pod of the manifests carries these labels, so no caller is admitted",
                        Fix.of("add the calling workload to the application",
                                "select the labels of the calling pods' template"));
            }
        }
    }

    private static void selectsNothing(Findings.On scope, Resource policy, String field, LabelSelector selector,
                                       String message, Fix fix) {
        if (policy.origin().isDsl()) {
            scope.report(SELECTS_NOTHING, field, selector.getMatchLabels(), message, fix);
        } else {
            scope.warn(SELECTS_NOTHING, field, selector.getMatchLabels(), message, fix);
        }
    }

    private static void checkPorts(ResolvedSet set, List<Resource> selected, Findings.On rule,
                                   List<NetworkPolicyPort> ports) {
        for (int j = 0; ports != null && j < ports.size(); j++) {
            NetworkPolicyPort port = ports.get(j);
            if (port == null || port.getPort() == null || port.getPort().getStrVal() == null) {
                continue;
            }
            String name = port.getPort().getStrVal();
            boolean found = selected.stream().map(set::pods).flatMap(java.util.Optional::stream)
                    .flatMap(pods -> pods.spec().getContainers() == null ? java.util.stream.Stream.empty()
                            : pods.spec().getContainers().stream())
                    .filter(Objects::nonNull).filter(container -> container.getPorts() != null)
                    .flatMap(container -> container.getPorts().stream())
                    .anyMatch(containerPort -> containerPort != null && name.equals(containerPort.getName()));
            if (!found) {
                rule.report(NAMED_PORT, "ports[" + j + "].port", name,
                        "no container of the selected pods has a port of this name",
                        Fix.of("name a port its containers have", "name a container port of the selected pods, or"
                                + " use its number"));
            }
        }
    }
}
