package io.manifesto.networking;

import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.IssuerKind;
import io.manifesto.tls.IssuerRef;
import io.manifesto.tls.IssuerReferences;
import io.manifesto.tls.Tls;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of an ingress's TLS sections that read DSL values: a section given a null, a section from
 * {@link Tls#fromCertificate(Certificate)} and the certificate it names, the issuers {@code tlsIssuedBy(...)} asks
 * (one per ingress, none next to an existing secret, no hand-written cert-manager annotation). What the rendered
 * Ingress shows is checked by {@code io.manifesto.networking.rules.IngressRules}, the names its issuer validates by
 * {@code io.manifesto.tls.rules.IssuedNameRules}.
 */
final class IngressTlsChecks {

    /** The annotation that asks cert-manager's default issuer (its default {@code --auto-certificate-annotations}). */
    private static final String TLS_ACME_ANNOTATION = "kubernetes.io/tls-acme";
    /** The values Go's {@code strconv.ParseBool} reads as true, which is how cert-manager reads the annotation. */
    private static final Set<String> GO_TRUE = Set.of("1", "t", "T", "true", "True", "TRUE");

    private final List<Tls> tls;
    private final Map<String, String> annotations;

    /** The checks of {@code ingress}'s TLS sections, given its annotations as the user wrote them. */
    IngressTlsChecks(Ingress ingress, Map<String, String> annotations) {
        this.tls = ingress.tls();
        this.annotations = annotations;
    }

    /** Reports the TLS sections' nulls, certificates and issuers into {@code scope} (the ingress's). */
    void check(Model model, Problems.Scope scope) {
        for (int i = 0; i < tls.size(); i++) {
            checkTls(model, scope, i);
        }
        checkIssuers(scope);
    }

    /** Checks one TLS section. */
    private void checkTls(Model model, Problems.Scope ingressScope, int index) {
        Tls section = tls.get(index);
        Problems.Scope scope = ingressScope.field("spec.tls[" + index + "]");
        section.missingValues().forEach(missing -> missing.report(scope));
        if (section.secretName().isEmpty() && section.hosts().isEmpty() && !section.missingValues().isEmpty()) {
            return;
        }
        // the secretName and the hosts are checked on the rendered Ingress (IngressRules), and the names the issuer
        // validates on the objects (io.manifesto.tls.rules.IssuedNameRules)
        section.certificateId().ifPresent(id -> checkCertificate(model, scope, section, id));
        section.issuerRef().ifPresent(ref -> IssuerReferences.check(model, ingressScope, ref,
                section.issuerOfApplication(), "metadata.annotations[" + ref.kind().annotation() + "]",
                model.namespace()));
    }

    /** A TLS section from {@link Tls#fromCertificate(Certificate)} needs that Certificate to write its secret. */
    private static void checkCertificate(Model model, Problems.Scope scope, Tls section, ResourceId id) {
        Optional<Certificate> certificate = model.component(id, Certificate.class);
        if (certificate.isEmpty()) {
            scope.error(Ingress.TLS_CERTIFICATE_RULE, "secretName", section.secretName(),
                    "the secret comes from " + id + ", which the application does not contain, so nothing creates"
                            + " the secret",
                    "add " + id + " to the application");
        } else if (!certificate.get().secretName().equals(section.secretName())) {
            scope.error(Ingress.TLS_CERTIFICATE_RULE, "secretName", section.secretName(),
                    "the secret comes from " + id + ", but the application's " + id + " writes the secret \""
                            + certificate.get().secretName() + "\", so nothing creates this one",
                    "pass the certificate the application contains to Tls.fromCertificate(...)");
        }
    }

    private void checkIssuers(Problems.Scope scope) {
        List<IssuerRef> issuers = tls.stream().map(Tls::issuerRef).flatMap(Optional::stream).distinct().toList();
        // the shim asks the issuer of this name; an empty one fails ("failed to determine issuer name")
        issuers.forEach(ref -> Names.checkDns1123Subdomain(scope, "metadata.annotations[" + ref.kind().annotation()
                + "]", ref.name()));
        if (issuers.size() > 1) {
            scope.error(Ingress.TLS_ISSUER_RULE, "metadata.annotations", issuers,
                    "one ingress carries one cert-manager issuer annotation, and its TLS sections ask " + issuers,
                    "use one issuer for every TLS section, or split the ingress");
        }
        if (!issuers.isEmpty()) {
            tls.stream().filter(t -> t.issuerRef().isEmpty()).forEach(existing ->
                    scope.error(Ingress.TLS_ISSUER_RULE, "spec.tls", existing.secretName(),
                            "cert-manager issues a certificate for every TLS section of an annotated ingress, so it"
                                    + " would overwrite the existing secret \"" + existing.secretName() + "\"",
                            "put the TLS section of the existing secret on another ingress"));
        }
        Object asked = issuers.size() == 1 ? issuers.get(0) : issuers;
        for (IssuerKind kind : IssuerKind.values()) {
            String value = annotations.get(kind.annotation());
            if (value == null) {
                continue;
            }
            IssuerRef written = new IssuerRef(kind, value);
            if (issuers.isEmpty()) {
                // Not read as tlsIssuedBy(...): tlsFromSecret(...) promises a secret that exists, and cert-manager
                // would overwrite it; one spelling of the request keeps every check on it.
                scope.error(Ingress.ISSUER_ANNOTATION_RULE, "metadata.annotations[" + kind.annotation() + "]", value,
                        "asks cert-manager to issue a certificate for every TLS section of this ingress, but no TLS"
                                + " section comes from tlsIssuedBy(...), so the build cannot check that request, and"
                                + " cert-manager would overwrite the secrets the sections read",
                        "remove .annotation(\"" + kind.annotation() + "\", ...) and write each TLS section as"
                                + " Tls.issuedBy(IssuerRef." + kind.factory() + "(\"" + value + "\"), secretName,"
                                + " hosts...), which writes the annotation");
            } else if (!issuers.contains(written)) {
                scope.error(Ingress.ISSUER_ANNOTATION_RULE, "metadata.annotations[" + kind.annotation() + "]", value,
                        "asks " + written + ", but the TLS sections of this ingress ask " + asked
                                + ", and tlsIssuedBy(...) writes the issuer annotation itself: one ingress has one"
                                + " issuer",
                        "remove .annotation(\"" + kind.annotation() + "\", ...) and choose the issuer in"
                                + " tlsIssuedBy(...)");
            }
        }
        checkShimAnnotations(scope, !issuers.isEmpty());
    }

    /**
     * The other ingress-shim annotations: {@code kubernetes.io/tls-acme} asks the default issuer, which no build can
     * check, and the kind and group overrides make cert-manager ask another issuer than the TLS sections name (or
     * refuse the ingress, next to {@code cert-manager.io/cluster-issuer}).
     */
    private void checkShimAnnotations(Problems.Scope scope, boolean issued) {
        String acme = annotations.get(TLS_ACME_ANNOTATION);
        if (!issued && acme != null && GO_TRUE.contains(acme)) {
            scope.error(Ingress.ISSUER_ANNOTATION_RULE, "metadata.annotations[" + TLS_ACME_ANNOTATION + "]", acme,
                    "asks cert-manager to issue a certificate from its default issuer for every TLS section of this"
                            + " ingress, but no TLS section comes from tlsIssuedBy(...), so the build cannot check that"
                            + " request, and cert-manager would overwrite the secrets the sections read",
                    "remove .annotation(\"" + TLS_ACME_ANNOTATION + "\", ...) and write each TLS section as"
                            + " Tls.issuedBy(IssuerRef.clusterIssuer(name), secretName, hosts...) with the issuer to"
                            + " ask, which writes the annotation");
        }
        checkIssuerOverride(scope, "cert-manager.io/issuer-group", "API group", "keeps to cert-manager.io issuers",
                "; to ask an issuer of another API group, write its annotations with application(..).customize(...)");
        checkIssuerOverride(scope, "cert-manager.io/issuer-kind", "kind", "already chooses",
                " and choose the kind in tlsIssuedBy(...): an issuer(...) or a clusterIssuer(...), or"
                        + " IssuerRef.issuer(...) or IssuerRef.clusterIssuer(...)");
    }

    private void checkIssuerOverride(Problems.Scope scope, String key, String what, String dsl, String fix) {
        String value = annotations.get(key);
        if (value != null) {
            scope.error(Ingress.ISSUER_ANNOTATION_RULE, "metadata.annotations[" + key + "]", value,
                    "sets the " + what + " of the issuer cert-manager asks for this ingress, which tlsIssuedBy(...) "
                            + dsl + ": next to cert-manager.io/issuer cert-manager would ask another issuer than the"
                            + " one the build checked, and next to cert-manager.io/cluster-issuer it refuses the"
                            + " ingress",
                    "remove .annotation(\"" + key + "\", ...)" + fix);
        }
    }
}
