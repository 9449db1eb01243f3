package io.manifesto.tls.rules;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.IssuerReferences;

import java.util.List;

/**
 * The TLS rules that exist only in DSL terms: duration texts as written (the rendered object, like one read from YAML,
 * holds a parsed duration, and fabric8 reads {@code 90d}, which cert-manager refuses, as 90 days), and the use of an
 * {@code Issuer} value of the application (the DSL knows which value was meant, wherever it lives; an object only
 * names an issuer, which may be installed separately or live in a namespace the set does not show).
 */
public final class TlsDslRules implements DslRules {

    /** A duration that is not a Go duration. */
    public static final RuleInfo DURATION_FORMAT = RuleInfo.error(Certificate.DURATION_FORMAT_RULE,
            "a Certificate's duration and renewBefore are Go durations (h, m, s; no days)",
            "cert-manager cannot read any other text");
    /** A namespaced Issuer used from another namespace. */
    public static final RuleInfo ISSUER_NAMESPACE = RuleInfo.error(IssuerReferences.NAMESPACE_RULE,
            "a namespaced Issuer is used only from its own namespace",
            "an Issuer signs certificates of its own namespace only");
    /** An issuer of the application that the application does not contain. */
    public static final RuleInfo ISSUER_MISSING = RuleInfo.error(IssuerReferences.MISSING_RULE,
            "an Issuer value passed to tlsIssuedBy(...) or certificate(...) is part of the application",
            "nothing else creates the issuer, so cert-manager issues no certificate");

    @Override
    public List<RuleInfo> rules() {
        return List.of(DURATION_FORMAT, ISSUER_NAMESPACE, ISSUER_MISSING);
    }
}
