package io.manifesto.tls.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Certificates of an ACME issuer, over objects read from YAML. */
class AcmeCertificateRulesTest {

    private static final String ISSUER = """
            apiVersion: cert-manager.io/v1
            kind: ClusterIssuer
            metadata: {name: le}
            spec:
              acme:
                server: https://acme-v02.api.letsencrypt.org/directory
                email: ops@contoso.com
                privateKeySecretRef: {name: le-account-key}
                solvers: [{http01: {ingress: {ingressClassName: nginx}}}]
            ---
            apiVersion: cert-manager.io/v1
            kind: Certificate
            metadata: {name: shop, namespace: shop}
            spec:
              secretName: shop-tls
              issuerRef: {kind: ClusterIssuer, name: le}
              dnsNames: [shop.example.com]
            """;

    private static List<String> lint(String yaml) {
        return Lint.yaml("k8s/tls.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsACommonNameOutsideTheDnsNamesAndWarnsOfADuration() {
        assertThat(lint(ISSUER + "  commonName: shop.contoso.com\n  duration: 2160h\n")).containsExactly(
                "k8s/tls.yaml:18: error Certificate/shop spec.commonName = \"shop.contoso.com\": ClusterIssuer/le is an"
                        + " ACME issuer, and ACME signs only the names it validates, so cert-manager fails the order"
                        + " when the common name is not one of the DNS names. Fix: add \"shop.contoso.com\" to"
                        + " spec.dnsNames, or remove spec.commonName. [certificate.acme-common-name]",
                "k8s/tls.yaml:19: warning Certificate/shop spec.duration = \"2160h\": ClusterIssuer/le is an ACME"
                        + " issuer, and the ACME CA decides the lifetime itself (Let's Encrypt issues 90-day"
                        + " certificates): cert-manager does not send the requested duration, so it has no effect."
                        + " Fix: remove spec.duration, and set only spec.renewBefore if you want earlier renewals (or"
                        + " set spec.acme.enableDurationFeature on ClusterIssuer/le for a CA that honours it)."
                        + " [certificate.acme-duration]");
    }

    @Test
    void acceptsADurationWhenTheIssuerSendsIt() {
        assertThat(lint(ISSUER.replace("    email:", "    enableDurationFeature: true\n    email:")
                + "  duration: 2160h\n  commonName: shop.example.com\n")).isEmpty();
    }

    @Test
    void warnsOfARenewBeforeAtOrAboveTheShortLivedLifetime() {
        assertThat(lint(ISSUER.replace("    email:", "    profile: shortlived\n    email:") + "  renewBefore: 200h\n"))
                .containsExactly("k8s/tls.yaml:19: warning Certificate/shop spec.renewBefore = \"200h\": ClusterIssuer/le"
                        + " asks Let's Encrypt for shortlived certificates, which last 160h, and cert-manager ignores a"
                        + " renewBefore at or above the lifetime: it renews when two thirds of it have passed, so this"
                        + " renewBefore has no effect. Fix: set spec.renewBefore well below 160h, e.g. 48h, or remove"
                        + " it. [certificate.shortlived-renew-before]");
    }
}
