package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuer;
import io.fabric8.certmanager.api.model.v1.Certificate;
import io.fabric8.certmanager.api.model.v1.CertificateSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.render.GoDurationSerializer;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.tls.AcmeProfile;

import java.util.List;

/**
 * The rules of a Certificate whose issuer, in the set, is an ACME issuer: the CA signs only the names it validates,
 * and decides the lifetime itself (six days and sixteen hours for Let's Encrypt's shortlived profile).
 */
public final class AcmeCertificateRules implements RuleSet {

    /** A duration on a Certificate from an ACME issuer. */
    public static final RuleInfo ACME_DURATION = RuleInfo.warning("certificate.acme-duration",
            "a Certificate from an ACME issuer leaves the duration out",
            "the ACME CA decides the lifetime (Let's Encrypt: 90 days); cert-manager does not send the duration");
    /** A common name outside the DNS names, on a Certificate from an ACME issuer. */
    public static final RuleInfo ACME_COMMON_NAME = RuleInfo.error("certificate.acme-common-name",
            "the common name of a Certificate from an ACME issuer is one of its DNS names",
            "ACME signs only the names it validates, so cert-manager fails the order");

    /** A renewBefore at or above the lifetime of Let's Encrypt's shortlived certificates. */
    public static final RuleInfo SHORT_LIVED_RENEW_BEFORE = RuleInfo.warning("certificate.shortlived-renew-before",
            "a Certificate from Let's Encrypt's shortlived profile renews before less than its 160h lifetime",
            "cert-manager ignores a renewBefore at or above the certificate's lifetime and renews when two thirds of"
                    + " it have passed");

    @Override
    public List<RuleInfo> rules() {
        return List.of(ACME_DURATION, ACME_COMMON_NAME, SHORT_LIVED_RENEW_BEFORE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Certificate")) {
            if (resource.object() instanceof Certificate certificate && certificate.getSpec() != null) {
                CertificateSpec spec = certificate.getSpec();
                IssuerLookup.ofCertificate(set, resource, spec.getIssuerRef()).ifPresent(issuer ->
                        IssuerLookup.acme(issuer).ifPresent(acme ->
                                check(findings.on(resource), issuer, acme, spec)));
            }
        }
    }

    private static void check(Findings.On scope, Resource issuer, ACMEIssuer acme, CertificateSpec spec) {
        if (spec.getDuration() != null && !Boolean.TRUE.equals(acme.getEnableDurationFeature())) {
            scope.report(ACME_DURATION, "spec.duration", GoDurationSerializer.format(spec.getDuration().getDuration()),
                    issuer + " is an ACME issuer, and the ACME CA decides the lifetime itself (Let's Encrypt issues"
                            + " 90-day certificates): cert-manager does not send the requested duration, so it has no"
                            + " effect",
                    Fix.of("leave the duration out, and set only renewBefore if you want earlier renewals",
                            "remove spec.duration, and set only spec.renewBefore if you want earlier renewals (or set"
                                    + " spec.acme.enableDurationFeature on " + issuer + " for a CA that honours it)"));
        }
        checkShortLived(scope, issuer, acme, spec);
        String commonName = spec.getCommonName();
        List<String> dnsNames = spec.getDnsNames() == null ? List.of() : spec.getDnsNames();
        if (commonName != null && !commonName.isBlank() && !dnsNames.contains(commonName)) {
            scope.report(ACME_COMMON_NAME, "spec.commonName", commonName,
                    issuer + " is an ACME issuer, and ACME signs only the names it validates, so cert-manager fails"
                            + " the order when the common name is not one of the DNS names",
                    Fix.of("add \"" + commonName + "\" to .dnsNames(...), or leave the common name out",
                            "add \"" + commonName + "\" to spec.dnsNames, or remove spec.commonName"));
        }
    }

    private static void checkShortLived(Findings.On scope, Resource issuer, ACMEIssuer acme, CertificateSpec spec) {
        java.time.Duration lifetime = AcmeProfile.SHORT_LIVED_LIFETIME.toDuration().orElseThrow();
        if (!AcmeProfile.SHORT_LIVED.name().equals(acme.getProfile()) || !AcmeChecks.isLetsEncrypt(acme.getServer())
                || spec.getRenewBefore() == null || spec.getRenewBefore().getDuration().compareTo(lifetime) < 0) {
            return;
        }
        scope.report(SHORT_LIVED_RENEW_BEFORE, "spec.renewBefore",
                GoDurationSerializer.format(spec.getRenewBefore().getDuration()),
                issuer + " asks Let's Encrypt for shortlived certificates, which last " + AcmeProfile.SHORT_LIVED_LIFETIME
                        + ", and cert-manager ignores a renewBefore at or above the lifetime: it renews when two thirds"
                        + " of it have passed, so this renewBefore has no effect",
                Fix.of("use a renewBefore well below " + AcmeProfile.SHORT_LIVED_LIFETIME + ", e.g. .renewBefore(\"48h\"),"
                                + " or leave it out",
                        "set spec.renewBefore well below " + AcmeProfile.SHORT_LIVED_LIFETIME + ", e.g. 48h, or remove"
                                + " it"));
    }
}
