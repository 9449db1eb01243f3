package io.manifesto.tls.rules;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.IssuerReferences;

import java.util.List;

/**
 * The TLS rules still checked on the DSL's {@code Certificate} values and on the issuers their references name:
 * duration texts as written (the rendered object holds a parsed, canonical duration), and the use of an issuer of
 * the application (the DSL knows which {@code Issuer} value was meant, wherever it lives).
 */
public final class TlsDslRules implements DslRules {

    /** A duration that is not a Go duration. */
    public static final RuleInfo DURATION_FORMAT = RuleInfo.error(Certificate.DURATION_FORMAT_RULE,
            "a Certificate's duration and renewBefore are Go durations (h, m, s; no days)",
            "cert-manager cannot read any other text");
    /** renewBefore at or above the duration. */
    public static final RuleInfo RENEW_BEFORE = RuleInfo.error(Certificate.RENEW_BEFORE_RULE,
            "renewBefore is below the certificate's duration",
            "cert-manager renews the certificate as soon as it is issued, again and again");
    /** A duration below cert-manager's minimum. */
    public static final RuleInfo DURATION_MINIMUM = RuleInfo.error(Certificate.DURATION_MINIMUM_RULE,
            "a Certificate's duration is at least 1h", "cert-manager's webhook refuses a shorter duration");
    /** A renewBefore below cert-manager's minimum. */
    public static final RuleInfo RENEW_BEFORE_MINIMUM = RuleInfo.error(Certificate.RENEW_BEFORE_MINIMUM_RULE,
            "a Certificate's renewBefore is at least 5m", "cert-manager's webhook refuses a shorter renewBefore");
    /** A duration on a Certificate from an ACME issuer. */
    public static final RuleInfo ACME_DURATION = RuleInfo.warning(Certificate.ACME_DURATION_RULE,
            "a Certificate from an ACME issuer leaves the duration out",
            "the ACME CA decides the lifetime (Let's Encrypt: 90 days); cert-manager does not send the duration");
    /** A common name outside the DNS names, on a Certificate from an ACME issuer. */
    public static final RuleInfo ACME_COMMON_NAME = RuleInfo.error(Certificate.ACME_COMMON_NAME_RULE,
            "the common name of a Certificate from an ACME issuer is one of its DNS names",
            "ACME signs only the names it validates, so cert-manager fails the order");
    /** A namespaced Issuer used from another namespace. */
    public static final RuleInfo ISSUER_NAMESPACE = RuleInfo.error(IssuerReferences.NAMESPACE_RULE,
            "a namespaced Issuer is used only from its own namespace",
            "an Issuer signs certificates of its own namespace only");
    /** An issuer of the application that the application does not contain. */
    public static final RuleInfo ISSUER_MISSING = RuleInfo.error(IssuerReferences.MISSING_RULE,
            "an Issuer value passed to tlsIssuedBy(...) or certificate(...) is part of the application",
            "nothing else creates the issuer, so cert-manager issues no certificate");
    /** A wildcard name on an ACME issuer without DNS01 for it. */
    public static final RuleInfo WILDCARD_DNS01 = RuleInfo.error(IssuerReferences.WILDCARD_DNS01_RULE,
            "a wildcard name is validated by a DNS01 solver", "ACME validates wildcards only through DNS records");
    /** A name no solver of an ACME issuer applies to. */
    public static final RuleInfo NO_SOLVER = RuleInfo.error(IssuerReferences.NO_SOLVER_RULE,
            "every name has a solver of its ACME issuer whose selector matches it",
            "cert-manager fails the order when it can pick no solver");
    /** A name outside the Azure DNS zone of its solver. */
    public static final RuleInfo HOSTED_ZONE = RuleInfo.error(IssuerReferences.HOSTED_ZONE_RULE,
            "an Azure DNS solver's hostedZoneName holds the names it validates",
            "the challenge record lands in a zone the CA never asks, so the order fails");

    @Override
    public List<RuleInfo> rules() {
        return List.of(DURATION_FORMAT, RENEW_BEFORE, DURATION_MINIMUM, RENEW_BEFORE_MINIMUM, ACME_DURATION,
                ACME_COMMON_NAME, ISSUER_NAMESPACE, ISSUER_MISSING, WILDCARD_DNS01, NO_SOLVER, HOSTED_ZONE);
    }
}
