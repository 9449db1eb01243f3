package io.manifesto.tls.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The names Certificates and annotated Ingresses ask an ACME issuer for, over objects read from YAML. */
class IssuedNameRulesTest {

    /** A ClusterIssuer {@code zoned}: a DNS01 solver on Azure DNS for contoso.com, writing into that zone. */
    private static final String ZONED = """
            apiVersion: cert-manager.io/v1
            kind: ClusterIssuer
            metadata: {name: zoned}
            spec:
              acme:
                server: https://acme-v02.api.letsencrypt.org/directory
                email: ops@contoso.com
                privateKeySecretRef: {name: zoned-account-key}
                solvers:
                  - selector: {dnsZones: [contoso.com]}
                    dns01: {azureDNS: {subscriptionID: sub, resourceGroupName: rg, hostedZoneName: contoso.com}}
            ---
            """;

    /** A namespaced Issuer {@code web} in namespace shop with one HTTP01 solver of class nginx, for every name. */
    private static final String HTTP01 = """
            apiVersion: cert-manager.io/v1
            kind: Issuer
            metadata: {name: web, namespace: shop}
            spec:
              acme:
                server: https://acme-v02.api.letsencrypt.org/directory
                email: ops@contoso.com
                privateKeySecretRef: {name: web-account-key}
                solvers: [{http01: {ingress: {ingressClassName: nginx}}}]
            ---
            """;

    private static String certificate(String issuerRef, String... names) {
        return """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: shop, namespace: shop}
                spec:
                  secretName: shop-tls
                  issuerRef: %s
                  dnsNames: [%s]
                ---
                """.formatted(issuerRef, String.join(", ", names));
    }

    private static String ingress(String annotation, String ingressClass, String host) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: shop
                  namespace: shop
                  annotations: {%s}
                spec:
                  ingressClassName: %s
                  rules:
                    - host: "%s"
                      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}]}
                  tls: [{secretName: shop-tls, hosts: ["%s"]}]
                ---
                """.formatted(annotation, ingressClass, host, host);
    }

    private static List<String> lint(String yaml) {
        return Lint.yaml("k8s/tls.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsACertificateNameThatNoSolverSelectsAndAcceptsOneInTheSelectedZone() {
        assertThat(lint(ZONED + certificate("{kind: ClusterIssuer, name: zoned}", "shop.fabrikam.com")
                .replace("name: shop,", "name: other,").replace("shop-tls", "other-tls")
                + certificate("{kind: ClusterIssuer, name: zoned, group: cert-manager.io}", "contoso.com")))
                .containsExactly(
                "k8s/tls.yaml:19: error Certificate/other spec.dnsNames[0] = \"shop.fabrikam.com\": no solver of"
                        + " ClusterIssuer/zoned applies to this name: solvers[0] (DNS01) selects dnsZones"
                        + " [contoso.com], and cert-manager fails the order when it can pick no solver (a selector"
                        + " matches a name that is one of its dnsNames and lies in one of its dnsZones, each where"
                        + " set). Fix: add a solver for it to spec.acme.solvers of ClusterIssuer/zoned, e.g. one with"
                        + " selector.dnsNames: [\"shop.fabrikam.com\"], or widen a solver's selector."
                        + " [tls.no-solver]");
    }

    @Test
    void rejectsANameOutsideTheAzureHostedZoneOfThePickedSolver() {
        String wide = ZONED.replace("selector: {dnsZones: [contoso.com]}", "selector: {dnsZones: [com]}");
        assertThat(lint(wide + certificate("{kind: ClusterIssuer, name: zoned}", "\"*.fabrikam.com\""))).containsExactly(
                "k8s/tls.yaml:19: error Certificate/shop spec.dnsNames[0] = \"*.fabrikam.com\": the DNS01 solver of"
                        + " ClusterIssuer/zoned that cert-manager picks for this name writes the challenge's TXT record"
                        + " into the Azure DNS zone \"contoso.com\" (hostedZoneName), which does not hold"
                        + " \"fabrikam.com\", so the CA never sees the record and the order fails. Fix: give"
                        + " ClusterIssuer/zoned a dns01 solver for the zone that holds \"fabrikam.com\", selected with"
                        + " selector.dnsZones, or remove hostedZoneName to let cert-manager find the zone."
                        + " [tls.outside-hosted-zone]");
    }

    @Test
    void rejectsAWildcardOnAnIngressWhoseIssuerHasOnlyHttp01() {
        assertThat(lint(HTTP01 + ingress("cert-manager.io/issuer: web", "nginx", "*.shop.contoso.com")))
                .containsExactly(
                        "k8s/tls.yaml:22: error Ingress/shop spec.tls[0].hosts[0] = \"*.shop.contoso.com\": a wildcard"
                                + " name needs a DNS01 solver, and Issuer/web has none that applies to it: ACME"
                                + " validates wildcards only through DNS records. Fix: add a dns01 solver to"
                                + " spec.acme.solvers of Issuer/web, or list the names without a wildcard."
                                + " [tls.wildcard-needs-dns01]");
    }

    @Test
    void warnsOfAnHttp01SolverOfAnotherClassThanTheIngress() {
        assertThat(Lint.yaml("k8s/tls.yaml", HTTP01 + ingress("cert-manager.io/issuer: web", "traefik",
                "shop.contoso.com")).problems()).extracting(Problem::toString).containsExactly(
                "k8s/tls.yaml:18: warning Ingress/shop spec.ingressClassName = \"traefik\": Issuer/web answers HTTP01"
                        + " challenges through ingress class \"nginx\" but this ingress uses class \"traefik\", so the"
                        + " challenge may be served by a controller that does not get the traffic. Fix: use the same"
                        + " ingress class in spec.acme.solvers[0].http01.ingress of Issuer/web and in"
                        + " spec.ingressClassName. [ingress.http01-class-mismatch]");
    }

    @Test
    void leavesIssuersOutsideTheSetOrOfAnotherNamespaceOrGroupAndSolversSelectedByLabelsAlone() {
        assertThat(lint(HTTP01 + certificate("{name: web}", "\"*.contoso.com\"").replace("namespace: shop}",
                "namespace: other}") + certificate("{name: missing}", "\"*.contoso.com\"")
                .replace("name: shop,", "name: b,").replace("shop-tls", "b-tls")
                + certificate("{name: web, group: example.com}", "\"*.contoso.com\"")
                .replace("name: shop,", "name: c,").replace("shop-tls", "c-tls")
                + HTTP01.replace("[{http01:", "[{selector: {matchLabels: {team: a}}, http01:")
                .replace("name: web,", "name: labelled,")
                + certificate("{name: labelled}", "\"*.contoso.com\"").replace("name: shop,", "name: d,")
                .replace("shop-tls", "d-tls")
                + ingress("cert-manager.io/cluster-issuer: web", "nginx", "*.contoso.com"))).isEmpty();
    }
}
