package io.manifesto.networking.rules;

import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.manifesto.hosts.Hosts;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.validate.Names;

import java.util.List;

/** A TLS section of an ingress names its secret and the hosts it serves, each served by a rule of the ingress. */
final class IngressTlsHosts {

    /** A TLS section without hosts. */
    static final RuleInfo TLS_HOSTS = RuleInfo.error("ingress.tls-hosts", "a TLS section lists its hosts",
            "the hosts select the certificate a controller serves, and cert-manager takes the certificate's names"
                    + " from them");
    /** A TLS host that no rule of the ingress serves. */
    static final RuleInfo TLS_HOST_ROUTED = RuleInfo.error("ingress.tls-host-not-routed",
            "every TLS host of an ingress is served by one of its rules",
            "a controller routes by the rules; a TLS host without a rule gets a certificate and no route");

    private IngressTlsHosts() {
    }

    /**
     * Checks one TLS section at {@code scope} ({@code spec.tls[i]}), given the hosts of the ingress's rules and
     * whether a rule without host or a lone default backend serves every host.
     */
    static void check(Findings.On scope, IngressTLS section, List<String> ruleHosts, boolean servesEveryHost) {
        // without secretName a controller serves its default certificate: allowed, nothing to check
        if (section.getSecretName() != null) {
            Names.checkDns1123Subdomain(scope, "secretName", section.getSecretName());
        }
        List<String> hosts = section.getHosts() == null ? List.of() : section.getHosts();
        if (IngressObjects.hosts(section).isEmpty()) {
            scope.report(TLS_HOSTS, "hosts", null,
                    "a TLS section must list its hosts: they select the certificate, and cert-manager takes the"
                            + " certificate's names from them",
                    Fix.of("list the hosts the secret's certificate covers, e.g. Tls.fromSecret(\"shop-tls\","
                            + " \"shop.example.com\")", "list the hosts the secret's certificate covers in hosts"));
        }
        for (int i = 0; i < hosts.size(); i++) {
            String host = hosts.get(i);
            if (host != null && Hosts.check(scope, "hosts[" + i + "]", host) && !servesEveryHost
                    && ruleHosts.stream().noneMatch(rule -> Hosts.covers(host, rule) || Hosts.covers(rule, host))) {
                scope.report(TLS_HOST_ROUTED, "hosts[" + i + "]", host, "no rule of this ingress serves the TLS host",
                        Fix.of("add a route for \"" + host + "\", or remove it from the TLS section"));
            }
        }
    }
}
