package io.manifesto.networking.rules;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

import java.util.List;
import java.util.Objects;

/** Null-safe reads of an Ingress object as YAML may hold it: every list may be missing or hold nulls. */
final class IngressObjects {

    private IngressObjects() {
    }

    /** {@code spec.rules}, with a {@code null} for each null entry, so indexes stay those of the object. */
    static List<IngressRule> rules(Ingress ingress) {
        return ingress.getSpec() == null || ingress.getSpec().getRules() == null ? List.of()
                : ingress.getSpec().getRules();
    }

    /** {@code http.paths} of {@code rule}, never {@code null}. */
    static List<HTTPIngressPath> paths(IngressRule rule) {
        return rule == null || rule.getHttp() == null || rule.getHttp().getPaths() == null ? List.of()
                : rule.getHttp().getPaths();
    }

    /** {@code spec.tls}, never {@code null}. */
    static List<IngressTLS> tls(Ingress ingress) {
        return ingress.getSpec() == null || ingress.getSpec().getTls() == null ? List.of()
                : ingress.getSpec().getTls();
    }

    /** The hosts of a TLS section, without nulls. */
    static List<String> hosts(IngressTLS section) {
        return section.getHosts() == null ? List.of()
                : section.getHosts().stream().filter(Objects::nonNull).toList();
    }

    /** {@code spec.ingressClassName}, or {@code null}. */
    static String ingressClass(Ingress ingress) {
        return ingress.getSpec() == null ? null : ingress.getSpec().getIngressClassName();
    }

    /** The hosts of the rules that name one, in order. */
    static List<String> ruleHosts(Ingress ingress) {
        return rules(ingress).stream().filter(Objects::nonNull).map(IngressRule::getHost)
                .filter(host -> host != null && !host.isEmpty()).toList();
    }

    /** {@code true} when a rule without host, or a default backend as the only backend, serves any host. */
    static boolean servesEveryHost(Ingress ingress) {
        boolean routes = false;
        for (IngressRule rule : rules(ingress)) {
            if (rule != null && !paths(rule).isEmpty()) {
                routes = true;
                if (rule.getHost() == null || rule.getHost().isEmpty()) {
                    return true;
                }
            }
        }
        return !routes && ingress.getSpec() != null && ingress.getSpec().getDefaultBackend() != null;
    }

    /** {@code true} when no rule routes anywhere and there is no default backend. */
    static boolean routesNothing(Ingress ingress) {
        return rules(ingress).stream().allMatch(rule -> paths(rule).isEmpty())
                && (ingress.getSpec() == null || ingress.getSpec().getDefaultBackend() == null);
    }
}
