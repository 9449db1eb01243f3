package io.manifesto.networking.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The secrets of annotation-issued TLS sections, over objects read from YAML. */
class IngressTlsSecretRulesTest {

    private static String ingress(String name, String annotation, String... secrets) {
        StringBuilder tls = new StringBuilder();
        for (String secret : secrets) {
            tls.append("    - {secretName: ").append(secret).append(", hosts: [shop.example.com]}\n");
        }
        return """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: %s
                  namespace: shop
                  annotations: {%s}
                spec:
                  ingressClassName: nginx
                  rules:
                    - host: shop.example.com
                      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}]}
                  tls:
                %s---
                """.formatted(name, annotation, tls);
    }

    private static List<String> lint(String yaml) {
        return Lint.yaml("k8s/tls.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsOneSecretTwiceOnAnAnnotatedIngressAndOnTwoIngressesWhenEitherIsAnnotated() {
        assertThat(lint(ingress("a", "cert-manager.io/cluster-issuer: le", "shop-tls", "shop-tls")
                + ingress("b", "", "shop-tls"))).containsExactly(
                "k8s/tls.yaml:13: error Ingress/a spec.tls[0].secretName = \"shop-tls\": Ingress/b uses the same TLS"
                        + " secret in this namespace, and cert-manager issues it for this ingress through the ingress"
                        + " annotation, so the certificates overwrite each other. Fix: give each ingress its own"
                        + " secretName, e.g. \"a-tls\", or share one secret that an explicit Certificate writes,"
                        + " without the issuer annotation. [ingress.tls-secret-shared]",
                "k8s/tls.yaml:14: error Ingress/a spec.tls[1].secretName = \"shop-tls\": spec.tls[0] has the same"
                        + " secretName, and cert-manager creates one Certificate per TLS section, named after its"
                        + " secret, so it refuses the ingress and issues no certificate for it. Fix: list every host"
                        + " of \"shop-tls\" in one TLS section, or give each section its own secretName."
                        + " [ingress.tls-secret-duplicate]",
                "k8s/tls.yaml:14: error Ingress/a spec.tls[1].secretName = \"shop-tls\": Ingress/b uses the same TLS"
                        + " secret in this namespace, and cert-manager issues it for this ingress through the ingress"
                        + " annotation, so the certificates overwrite each other. Fix: give each ingress its own"
                        + " secretName, e.g. \"a-tls\", or share one secret that an explicit Certificate writes,"
                        + " without the issuer annotation. [ingress.tls-secret-shared]",
                "k8s/tls.yaml:28: error Ingress/b spec.tls[0].secretName = \"shop-tls\": Ingress/a uses the same TLS"
                        + " secret in this namespace, and cert-manager issues it for Ingress/a through the ingress"
                        + " annotation, so the certificates overwrite each other. Fix: give each ingress its own"
                        + " secretName, e.g. \"b-tls\", or share one secret that an explicit Certificate writes,"
                        + " without the issuer annotation. [ingress.tls-secret-shared]");
    }

    @Test
    void acceptsTwoIngressesReadingOneExistingSecret() {
        assertThat(lint(ingress("a", "", "shared-tls") + ingress("b", "", "shared-tls"))).isEmpty();
    }

    @Test
    void rejectsAnAnnotationIssuedSecretThatAnExplicitCertificateWritesButNotTheShimsOwnCertificate() {
        String certificates = """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: explicit, namespace: shop}
                spec: {secretName: shop-tls, dnsNames: [shop.example.com], issuerRef: {name: ca}}
                ---
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata:
                  name: shop-tls
                  namespace: shop
                  ownerReferences: [{apiVersion: networking.k8s.io/v1, kind: Ingress, name: a, uid: "1"}]
                spec: {secretName: shop-tls, dnsNames: [shop.example.com], issuerRef: {name: ca}}
                """;
        assertThat(lint(ingress("a", "cert-manager.io/issuer: ca", "shop-tls") + certificates)).containsExactly(
                "k8s/tls.yaml:13: error Ingress/a spec.tls[0].secretName = \"shop-tls\": Certificate/explicit writes"
                        + " the same secret in this namespace, and cert-manager creates a second Certificate for this"
                        + " TLS section through the ingress annotation, so the two certificates overwrite each other."
                        + " Fix: remove the cert-manager issuer annotation and read the secret Certificate/explicit"
                        + " writes, or give this TLS section another secretName. [ingress.tls-secret-certificate]",
                "k8s/tls.yaml:26: error Certificate/shop-tls spec.secretName = \"shop-tls\": Certificate/explicit"
                        + " writes the same secret, and cert-manager would let each Certificate reissue over the"
                        + " other's key pair. Fix: give each Certificate its own secretName, or keep one Certificate"
                        + " with the DNS names of both. [certificate.secret-shared]");
    }
}
