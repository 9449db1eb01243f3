package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuer;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.tls.Acme;
import io.manifesto.tls.AcmeProfile;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An ACME issuer's directory, contact, account key and solvers ({@code spec.acme}). */
final class AcmeChecks {

    /** An ACME server that is not an https URL. */
    static final RuleInfo SERVER = RuleInfo.error("acme.server", "an ACME directory is an https URL",
            "ACME (RFC 8555) runs over HTTPS only; cert-manager cannot register an account elsewhere");
    /** An ACME issuer without email. */
    static final RuleInfo EMAIL = RuleInfo.error("acme.email", "an ACME issuer has an email",
            "the CA sends expiry and account notices there; without one nobody hears that renewals fail");
    /** An ACME email that is not an address. */
    static final RuleInfo EMAIL_FORMAT = RuleInfo.error("acme.email-format", "an ACME email is an address (name@domain)",
            "the CA refuses any other contact, so the account is not registered and the issuer never becomes Ready");
    /** An ACME email at a reserved domain. */
    static final RuleInfo EMAIL_PLACEHOLDER = RuleInfo.warning("acme.email-placeholder",
            "an ACME email is not at a reserved domain such as example.com",
            "Let's Encrypt refuses such contacts, so the account is not registered and the issuer never becomes"
                    + " Ready");
    /** An ACME issuer without solver. */
    static final RuleInfo NO_SOLVER = RuleInfo.error("acme.no-solver", "an ACME issuer has at least one solver",
            "the CA issues only names whose control a solver proves");

    /** A profile Let's Encrypt does not offer. */
    static final RuleInfo PROFILE = RuleInfo.warning("acme.profile",
            "a Let's Encrypt issuer asks one of its profiles: classic, tlsserver or shortlived",
            "the CA refuses an order for a profile it does not offer, so no certificate is issued");

    /** The rules of this class, for the catalog. */
    static final List<RuleInfo> RULES = List.of(SERVER, EMAIL, EMAIL_FORMAT, EMAIL_PLACEHOLDER, NO_SOLVER, PROFILE);

    /** A basic address: something before one {@code @}, and a domain of letter-digit-hyphen labels. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s]+@[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*\\.?");
    private static final Set<String> PLACEHOLDER_TLDS = Set.of("example", "test", "invalid", "localhost");
    private static final String LETS_ENCRYPT_PROFILES = AcmeProfile.LETS_ENCRYPT.stream().map(AcmeProfile::name)
            .collect(Collectors.joining(", "));
    private static final Set<String> PLACEHOLDER_DOMAINS = Set.of("example.com", "example.org", "example.net");

    private AcmeChecks() {
    }

    /** Checks {@code acme} of {@code issuer} at {@code scope} ({@code spec.acme}). */
    static void check(Findings.On scope, Resource issuer, boolean cluster, ACMEIssuer acme) {
        String server = acme.getServer();
        if (server == null || !server.startsWith("https://")) {
            scope.report(SERVER, "server", server, "the ACME directory must be an https URL",
                    Fix.of("use Acme.letsEncryptProduction(), Acme.letsEncryptStaging() or your CA's https directory"
                            + " URL", "use https://acme-v02.api.letsencrypt.org/directory, Let's Encrypt's staging"
                            + " directory or your CA's https directory URL"));
        }
        checkEmail(scope, acme.getEmail());
        checkProfile(scope, acme);
        if (acme.getPrivateKeySecretRef() != null && acme.getPrivateKeySecretRef().getName() != null
                && !isDerivedFromInvalidName(issuer.name(), acme.getPrivateKeySecretRef().getName())) {
            Names.checkDns1123Subdomain(scope, "privateKeySecretRef.name", acme.getPrivateKeySecretRef().getName());
        }
        List<ACMEChallengeSolver> solvers = acme.getSolvers() == null ? List.of() : acme.getSolvers();
        if (solvers.isEmpty()) {
            scope.report(NO_SOLVER, "solvers", null, "an ACME issuer needs a solver to prove control of the names",
                    Fix.of("add .solver(Solver.http01(\"<ingress class>\")) or .solver(Solver.dns01(AzureDns.of(...)))",
                            "add an http01 or a dns01 solver to spec.acme.solvers"));
        }
        for (int i = 0; i < solvers.size(); i++) {
            if (solvers.get(i) != null) {
                SolverChecks.check(scope.field("solvers[" + i + "]"), cluster, solvers.get(i));
            }
        }
    }

    /** A profile is the CA's own: only Let's Encrypt's are known, on its production and staging directories. */
    private static void checkProfile(Findings.On scope, ACMEIssuer acme) {
        String profile = acme.getProfile();
        if (profile == null || !isLetsEncrypt(acme.getServer())
                || AcmeProfile.LETS_ENCRYPT.contains(AcmeProfile.of(profile))) {
            return;
        }
        scope.report(PROFILE, "profile", profile,
                "is not a profile Let's Encrypt offers (" + LETS_ENCRYPT_PROFILES + "), and the CA refuses an order"
                        + " for an unknown profile, so the issuer gets no certificate",
                Fix.of("use AcmeProfile.CLASSIC, AcmeProfile.TLS_SERVER or AcmeProfile.SHORT_LIVED, or leave"
                                + " .profile(...) out for the default",
                        "set profile to one of " + LETS_ENCRYPT_PROFILES + ", or remove it for the default"));
    }

    /** {@code true} for Let's Encrypt's production or staging directory. */
    static boolean isLetsEncrypt(String server) {
        return Acme.LETS_ENCRYPT_PRODUCTION.equals(server) || Acme.LETS_ENCRYPT_STAGING.equals(server);
    }

    private static void checkEmail(Findings.On scope, String email) {
        if (email == null || email.isBlank()) {
            scope.report(EMAIL, "email", null,
                    "an ACME issuer needs an email: the CA sends expiry and account notices there",
                    Fix.of("add .email(\"platform-team@contoso.com\") with an address of your organisation that"
                                    + " someone reads",
                            "set email to an address of your organisation that someone reads"));
        } else if (!ADDRESS.matcher(email).matches()) {
            scope.report(EMAIL_FORMAT, "email", email,
                    "is not an email address (name@domain), and the ACME CA refuses it as a contact, so the"
                            + " account is not registered and the issuer never becomes Ready",
                    Fix.of("write an address such as \"platform-team@contoso.com\""));
        } else if (isPlaceholder(email)) {
            scope.report(EMAIL_PLACEHOLDER, "email", email,
                    "the address is at a reserved domain (example.com, example.org, example.net, .example, .test,"
                            + " .invalid, localhost), which Let's Encrypt refuses as a contact, so the ACME account"
                            + " is not registered and the issuer never becomes Ready",
                    Fix.of("use an address of your organisation that someone reads"));
        }
    }

    /**
     * {@code true} for the account key name the DSL derives from an issuer name that is itself invalid: the name's
     * own check reports it, once.
     */
    private static boolean isDerivedFromInvalidName(String issuerName, String secret) {
        return secret.equals(issuerName + "-account-key") && !Names.isDns1123Subdomain(issuerName);
    }

    /** {@code true} for an address at a reserved domain; any text is safe here (no label is assumed to exist). */
    private static boolean isPlaceholder(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        int lastDot = domain.lastIndexOf('.');
        String last = domain.substring(lastDot + 1);
        String lastTwo = lastDot < 0 ? domain : domain.substring(domain.lastIndexOf('.', lastDot - 1) + 1);
        return PLACEHOLDER_TLDS.contains(last) || PLACEHOLDER_DOMAINS.contains(lastTwo);
    }
}
