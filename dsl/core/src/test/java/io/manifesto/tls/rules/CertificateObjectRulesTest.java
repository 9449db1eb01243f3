package io.manifesto.tls.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Certificate rules over objects read from YAML, with fixes in manifest terms. */
class CertificateObjectRulesTest {

    private static List<String> lint(String yaml) {
        return Lint.yaml("k8s/certs.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void acceptsACertificateWithNamesAndAnEcdsaKey() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: shop, namespace: shop}
                spec:
                  secretName: shop-tls
                  dnsNames: [shop.example.com]
                  issuerRef: {kind: ClusterIssuer, name: letsencrypt-prod}
                  privateKey: {algorithm: ECDSA, size: 384}
                  usages: [digital signature, server auth]
                """)).isEmpty();
    }

    @Test
    void rejectsACertificateWithoutNamesWithALongCommonNameAndABadIssuerName() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: shop, namespace: shop}
                spec:
                  secretName: Shop_TLS
                  commonName: "%s"
                  issuerRef: {name: Lets_Encrypt}
                """.formatted("a".repeat(65)))).containsExactly(
                "k8s/certs.yaml:5: error Certificate/shop spec.secretName = \"Shop_TLS\": must be a DNS-1123 subdomain:"
                        + " at most 253 characters of lower-case letters, digits, '-' and '.', starting and ending with"
                        + " a letter or digit. Fix: use a name such as \"shop-tls\". [name.dns1123-subdomain]",
                "k8s/certs.yaml:6: error Certificate/shop spec.commonName = \"" + "a".repeat(65) + "\": a common name"
                        + " has 1 to 64 bytes, the most cert-manager's webhook accepts. Fix: use a shorter name, and"
                        + " put long names in spec.dnsNames. [certificate.common-name]",
                "k8s/certs.yaml:7: error Certificate/shop spec.issuerRef.name = \"Lets_Encrypt\": must be a DNS-1123"
                        + " subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', starting and"
                        + " ending with a letter or digit. Fix: use a name such as \"lets-encrypt\"."
                        + " [name.dns1123-subdomain]");
    }

    @Test
    void rejectsACertificateWithoutAnyNameAndTwoCertificatesOfOneSecret() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: api, namespace: shop}
                spec:
                  secretName: tls
                  issuerRef: {name: ca}
                ---
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: shop, namespace: shop}
                spec:
                  secretName: tls
                  dnsNames: ["shop.example.com:443"]
                  issuerRef: {name: ca}
                """)).containsExactly(
                "k8s/certs.yaml:4: error Certificate/api spec.dnsNames = \"<none>\": a Certificate needs at least one"
                        + " DNS name (a CA's needs only a common name). Fix: add spec.dnsNames, e.g."
                        + " [shop.example.com]. [certificate.dns-names]",
                "k8s/certs.yaml:12: error Certificate/shop spec.secretName = \"tls\": Certificate/api writes the same"
                        + " secret, and cert-manager would let each Certificate reissue over the other's key pair. Fix:"
                        + " give each Certificate its own secretName, or keep one Certificate with the DNS names of"
                        + " both. [certificate.secret-shared]",
                "k8s/certs.yaml:13: error Certificate/shop spec.dnsNames[0] = \"shop.example.com:443\": has a port, and"
                        + " a host is only the DNS name: the ingress controller decides the ports. Fix: write only the"
                        + " host, e.g. \"shop.example.com\". [host.port]");
    }

    @Test
    void rejectsKeySizesTheAlgorithmDoesNotAllowAndWarnsOfKeyEnciphermentOnEcdsa() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: shop, namespace: shop}
                spec:
                  secretName: shop-tls
                  dnsNames: [shop.example.com]
                  issuerRef: {name: ca}
                  privateKey: {algorithm: ECDSA, size: 2048}
                  usages: [digital signature, key encipherment]
                ---
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: api, namespace: shop}
                spec:
                  secretName: api-tls
                  dnsNames: [api.example.com]
                  issuerRef: {name: ca}
                  privateKey: {size: 1024}
                """)).containsExactly(
                "k8s/certs.yaml:8: error Certificate/shop spec.privateKey.size = \"2048\": ECDSA keys take the sizes"
                        + " [256, 384, 521]. Fix: use one of [256, 384, 521]. [certificate.key-size]",
                "k8s/certs.yaml:9: warning Certificate/shop spec.usages[1] = \"key encipherment\": only RSA keys"
                        + " encipher keys: RFC 8813 (ECDSA) and RFC 8410 (Ed25519) forbid this usage for ECDSA keys,"
                        + " and strict TLS clients reject such certificates. Fix: remove \"key encipherment\" from"
                        + " spec.usages, or use an RSA key. [certificate.key-encipherment]",
                "k8s/certs.yaml:18: error Certificate/api spec.privateKey.size = \"1024\": RSA keys (cert-manager's"
                        + " algorithm when none is set) take a size from 2048 to 8192 bits. Fix: use a size in that"
                        + " range, e.g. 2048 (the default), 3072 or 4096. [certificate.key-size]");
    }

    @Test
    void rejectsDurationsBelowCertManagersMinimumsAndARenewBeforeAtTheDefaultDuration() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: shop, namespace: shop}
                spec:
                  secretName: shop-tls
                  dnsNames: [shop.example.com]
                  issuerRef: {name: ca}
                  duration: 30m
                  renewBefore: 4m59s
                ---
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: api, namespace: shop}
                spec:
                  secretName: api-tls
                  dnsNames: [api.example.com]
                  issuerRef: {name: ca}
                  renewBefore: 2200h
                """)).containsExactly(
                "k8s/certs.yaml:8: error Certificate/shop spec.duration = \"30m\": is below 1h, the shortest duration"
                        + " cert-manager's webhook accepts, so the API server refuses the Certificate. Fix: use a"
                        + " duration of at least 1h. [certificate.duration-minimum]",
                "k8s/certs.yaml:9: error Certificate/shop spec.renewBefore = \"4m59s\": is below 5m, the shortest"
                        + " renewBefore cert-manager's webhook accepts, so the API server refuses the Certificate."
                        + " Fix: use a renewBefore of at least 5m. [certificate.renew-before-minimum]",
                "k8s/certs.yaml:18: error Certificate/api spec.renewBefore = \"2200h\": renewBefore must be below the"
                        + " duration (2160h), or cert-manager renews the certificate as soon as it is issued. Fix: use"
                        + " a renewBefore shorter than 2160h, e.g. a third of it. [certificate.renew-before]");
    }
}
