package io.manifesto.networking.rules;

import io.fabric8.certmanager.api.model.v1.Certificate;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TLS secrets of ingresses that cert-manager's ingress-shim issues (an ingress annotated with
 * {@code cert-manager.io/issuer} or {@code cert-manager.io/cluster-issuer}): the shim makes one Certificate per TLS
 * section, named after its secret, so a secret is written once, by one ingress, and by no explicit Certificate.
 * Built once per rule run: the ingresses of the set by namespace and TLS secret.
 */
final class IngressTlsSecrets {

    /** Two annotation-issued TLS sections of one ingress with one secretName. */
    static final RuleInfo DUPLICATE = RuleInfo.error("ingress.tls-secret-duplicate",
            "the TLS sections that cert-manager issues for an ingress have distinct secretNames",
            "cert-manager creates one Certificate per TLS section, named after its secret, and refuses the ingress");
    /** Two ingresses of one namespace with the same TLS secret, issued through the annotation. */
    static final RuleInfo SHARED = RuleInfo.error("ingress.tls-secret-shared",
            "a secret that cert-manager issues through an ingress annotation serves that ingress alone",
            "cert-manager's ingress-shim makes one Certificate per secret and ingress, and the certificates"
                    + " overwrite each other");
    /** An annotation-issued secret that an explicit Certificate also writes, or names. */
    static final RuleInfo CERTIFICATE = RuleInfo.error("ingress.tls-secret-certificate",
            "an annotation-issued TLS secret is not written by, nor named like, an explicit Certificate",
            "the two certificates overwrite each other, or cert-manager refuses to update a Certificate it does"
                    + " not own");

    /** The rules of this class, for the catalog. */
    static final List<RuleInfo> RULES = List.of(DUPLICATE, SHARED, CERTIFICATE);

    private static final List<String> ISSUER_ANNOTATIONS = List.of("cert-manager.io/issuer",
            "cert-manager.io/cluster-issuer");

    /** The ingresses of each namespace and secret, each with the index of its first TLS section of that secret. */
    private final Map<String, Map<Resource, Integer>> bySecret = new HashMap<>();
    private final ResolvedSet set;

    /** The index of the ingresses of {@code set}. */
    IngressTlsSecrets(ResolvedSet set) {
        this.set = set;
        for (Resource resource : set.ofKind("Ingress")) {
            if (resource.object() instanceof Ingress ingress) {
                List<IngressTLS> tls = IngressObjects.tls(ingress);
                for (int i = 0; i < tls.size(); i++) {
                    if (tls.get(i) != null && tls.get(i).getSecretName() != null) {
                        bySecret.computeIfAbsent(key(resource.namespace(), tls.get(i).getSecretName()),
                                k -> new LinkedHashMap<>()).putIfAbsent(resource, i);
                    }
                }
            }
        }
    }

    /** {@code true} when cert-manager's ingress-shim issues the TLS sections of {@code ingress}. */
    static boolean issued(Resource ingress) {
        return ISSUER_ANNOTATIONS.stream().anyMatch(ingress.annotations()::containsKey);
    }

    /** Checks the TLS secrets of {@code ingress} at {@code scope}. */
    void check(Findings.On scope, Resource resource, Ingress ingress) {
        boolean issued = issued(resource);
        List<IngressTLS> tls = IngressObjects.tls(ingress);
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < tls.size(); i++) {
            String secret = tls.get(i) == null ? null : tls.get(i).getSecretName();
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            Integer first = firstUse.putIfAbsent(secret, i);
            Findings.On section = scope.field("spec.tls[" + i + "]");
            if (issued && first != null) {
                section.report(DUPLICATE, "secretName", secret, "spec.tls[" + first + "] has the same secretName, and"
                                + " cert-manager creates one Certificate per TLS section, named after its secret, so it"
                                + " refuses the ingress and issues no certificate for it",
                        Fix.of("list every host of \"" + secret + "\" in one TLS section, or give each section its"
                                + " own secretName"));
            }
            if (issued) {
                checkCertificates(section, resource.namespace(), secret);
            }
            checkShared(section, resource, issued, secret);
        }
    }

    private void checkShared(Findings.On section, Resource resource, boolean issued, String secret) {
        for (Resource other : bySecret.getOrDefault(key(resource.namespace(), secret), Map.of()).keySet()) {
            if (other == resource || other.name().equals(resource.name()) || !(issued || issued(other))) {
                continue;
            }
            String issuedFor = !issued ? other.toString() : !issued(other) ? "this ingress" : "both ingresses";
            section.report(SHARED, "secretName", secret,
                    other + " uses the same TLS secret in this namespace, and cert-manager issues it for " + issuedFor
                            + " through the ingress annotation, so the certificates overwrite each other",
                    Fix.of("give each ingress its own secretName, e.g. \"" + resource.name() + "-tls\", or share one"
                                    + " explicit certificate(...) through Tls.fromCertificate(...)",
                            "give each ingress its own secretName, e.g. \"" + resource.name() + "-tls\", or share"
                                    + " one secret that an explicit Certificate writes, without the issuer"
                                    + " annotation"));
        }
    }

    /**
     * The shim creates a Certificate named after the secret of an annotation-issued TLS section; an explicit
     * Certificate writing the same secret fights it, and one of that name is not the shim's to update. A Certificate
     * an Ingress owns is the shim's own (in a manifest exported from a cluster).
     */
    private void checkCertificates(Findings.On section, String namespace, String secret) {
        for (Resource certificate : set.certificatesWritingSecret(namespace, secret)) {
            if (!ownedByIngress(certificate)) {
                section.report(CERTIFICATE, "secretName", secret,
                        certificate + " writes the same secret in this namespace, and cert-manager creates a second"
                                + " Certificate for this TLS section through the ingress annotation, so the two"
                                + " certificates overwrite each other",
                        Fix.of("take the secret from " + certificate + " with Tls.fromCertificate(...) instead of"
                                        + " tlsIssuedBy(...)", "remove the cert-manager issuer annotation and read the"
                                        + " secret " + certificate + " writes, or give this TLS section another"
                                        + " secretName"));
            }
        }
        set.find("Certificate", namespace, secret).filter(c -> !ownedByIngress(c))
                .filter(c -> c.object() instanceof Certificate written && written.getSpec() != null
                        && !secret.equals(written.getSpec().getSecretName()))
                .ifPresent(certificate -> section.report(CERTIFICATE, "secretName", secret,
                        "cert-manager names the Certificate it creates for this TLS section after the secret, but "
                                + certificate + (section.dslTerms() ? " of the application" : "") + " has that name and writes \""
                                + ((Certificate) certificate.object()).getSpec().getSecretName() + "\", and"
                                + " cert-manager refuses to update a Certificate it does not own, so nothing writes \""
                                + secret + "\"",
                        Fix.of("rename " + certificate + ", or give this TLS section another secretName")));
    }

    private static boolean ownedByIngress(Resource certificate) {
        var meta = certificate.object().getMetadata();
        List<OwnerReference> owners = meta == null || meta.getOwnerReferences() == null ? List.of()
                : meta.getOwnerReferences();
        return owners.stream().anyMatch(owner -> owner != null && "Ingress".equals(owner.getKind()));
    }

    private static String key(String namespace, String secret) {
        return namespace + '\u0000' + secret;
    }
}
