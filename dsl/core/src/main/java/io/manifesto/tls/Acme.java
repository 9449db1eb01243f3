package io.manifesto.tls;

import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An ACME issuer, {@code spec.acme}: a certificate authority such as Let's Encrypt that checks control of each name
 * through a {@link Solver}. Immutable: every method returns a new value.
 */
public final class Acme implements IssuerType {

    /** Let's Encrypt production: trusted certificates, strict rate limits. */
    public static final String LETS_ENCRYPT_PRODUCTION = "https://acme-v02.api.letsencrypt.org/directory";
    /** Let's Encrypt staging: untrusted certificates, generous rate limits; try here first. */
    public static final String LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";

    private final String server;
    private final String email;
    private final String accountKeySecret;
    private final List<Solver> solvers;
    private final AcmeProfile profile;
    private final Nulls missing;

    private Acme(String server, String email, String accountKeySecret, List<Solver> solvers, AcmeProfile profile,
                 Nulls missing) {
        this.server = Objects.requireNonNullElse(server, "");
        this.email = email;
        this.accountKeySecret = accountKeySecret;
        this.solvers = List.copyOf(solvers);
        this.profile = profile;
        this.missing = missing;
    }

    /** Let's Encrypt production ({@code spec.acme.server}). */
    public static Acme letsEncryptProduction() {
        return server(LETS_ENCRYPT_PRODUCTION);
    }

    /** Let's Encrypt staging ({@code spec.acme.server}). */
    public static Acme letsEncryptStaging() {
        return server(LETS_ENCRYPT_STAGING);
    }

    /** Any ACME directory: {@code spec.acme.server}. */
    public static Acme server(String directoryUrl) {
        return new Acme(directoryUrl, null, null, List.of(), null, Nulls.NONE);
    }

    /** {@code spec.acme.email}: where the CA sends expiry warnings; required. */
    public Acme email(String address) {
        return new Acme(server, address == null ? email : address, accountKeySecret, solvers, profile,
                missing.remember(address, "email", "email(...)"));
    }

    /**
     * {@code spec.acme.privateKeySecretRef.name}: the secret cert-manager creates to hold the ACME account key;
     * {@code <issuer name>-account-key} by default.
     */
    public Acme accountKey(String secretName) {
        return new Acme(server, email, secretName == null ? accountKeySecret : secretName, solvers, profile,
                missing.remember(secretName, "privateKeySecretRef.name", "accountKey(...)"));
    }

    /** Adds a solver: {@code spec.acme.solvers[]}. */
    public Acme solver(Solver solver) {
        return new Acme(server, email, accountKeySecret, Nulls.append(solvers, solver), profile,
                missing.remember(solver, "solvers", "solver(...)"));
    }

    /**
     * {@code spec.acme.profile}: the certificate profile to ask the CA for (cert-manager 1.18 and later), e.g.
     * {@link AcmeProfile#SHORT_LIVED} for Let's Encrypt's six-day certificates. Left out, the CA uses its default.
     */
    public Acme profile(AcmeProfile certificateProfile) {
        return new Acme(server, email, accountKeySecret, solvers,
                certificateProfile == null ? profile : certificateProfile,
                missing.remember(certificateProfile, "profile", "profile(...)"));
    }

    /** {@code spec.acme.server}. */
    public String serverUrl() {
        return server;
    }

    /** {@code spec.acme.email}, if set. */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(email).filter(e -> !e.isBlank());
    }

    /** The account key secret's name, if set. */
    public Optional<String> accountKeySecret() {
        return Optional.ofNullable(accountKeySecret);
    }

    /** {@code spec.acme.profile}, if set. */
    public Optional<AcmeProfile> certificateProfile() {
        return Optional.ofNullable(profile);
    }

    /** The solvers, in order. */
    public List<Solver> solvers() {
        return solvers;
    }

    /**
     * The solver cert-manager picks to validate {@code host} (a wildcard written {@code *.example.com}), the way its
     * solver picker does: only DNS01 solvers for a wildcard (the only challenge ACME offers for one); among the
     * solvers whose selector matches, one that lists the host in {@code dnsNames} first, then the one with the longest
     * matching zone; a solver without selector only when no selector matches; the first on a tie. Empty when none
     * applies, and cert-manager then fails the order.
     */
    public Optional<Solver> solverFor(String host) {
        OptionalInt picked = SolverPicker.pick(solvers.stream().map(Solver::render).toList(), host);
        return picked.isPresent() ? Optional.of(solvers.get(picked.getAsInt())) : Optional.empty();
    }

    /** The {@code null}s passed to this value's methods (fields relative to {@code spec.acme}), reported by the issuer. */
    public List<MissingValue> missingValues() {
        return missing.values();
    }
}
