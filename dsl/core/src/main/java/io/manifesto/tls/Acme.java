package io.manifesto.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    private Acme(String server, String email, String accountKeySecret, List<Solver> solvers) {
        this.server = Objects.requireNonNullElse(server, "");
        this.email = email;
        this.accountKeySecret = accountKeySecret;
        this.solvers = List.copyOf(solvers);
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
        return new Acme(directoryUrl, null, null, List.of());
    }

    /** {@code spec.acme.email}: where the CA sends expiry warnings; required. */
    public Acme email(String address) {
        return new Acme(server, address, accountKeySecret, solvers);
    }

    /**
     * {@code spec.acme.privateKeySecretRef.name}: the secret cert-manager creates to hold the ACME account key;
     * {@code <issuer name>-account-key} by default.
     */
    public Acme accountKey(String secretName) {
        return new Acme(server, email, secretName, solvers);
    }

    /** Adds a solver: {@code spec.acme.solvers[]}. */
    public Acme solver(Solver solver) {
        List<Solver> copy = new ArrayList<>(solvers);
        copy.add(Objects.requireNonNull(solver, "solver"));
        return new Acme(server, email, accountKeySecret, copy);
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

    /** The solvers, in order. */
    public List<Solver> solvers() {
        return solvers;
    }
}
