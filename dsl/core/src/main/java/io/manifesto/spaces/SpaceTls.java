package io.manifesto.spaces;

import io.manifesto.tls.Issuer;

import java.util.Optional;

/**
 * How a space's prefixed hosts ({@code <space>.s.<host>}) get their certificates.
 * <ul>
 *   <li>{@link #perHost()} (the default): each prefixed host gets its own certificate through the parent's issuer,
 *       the cert-manager annotation of the parent's Ingress, into a secret of the space's namespace. One
 *       certificate per space and host counts against Let's Encrypt's 50 new certificates per registered domain
 *       per week.</li>
 *   <li>{@link #wildcard(Issuer)}: the space's Ingress asks for {@code *.s.<host>}, through a ClusterIssuer whose
 *       ACME solver is DNS01 (HTTP01 cannot prove a wildcard). The same names in every space count against Let's
 *       Encrypt's 5 certificates per exact set of names per week.</li>
 * </ul>
 */
public final class SpaceTls {

    private static final SpaceTls PER_HOST = new SpaceTls(null);

    private final Issuer wildcardIssuer;

    private SpaceTls(Issuer wildcardIssuer) {
        this.wildcardIssuer = wildcardIssuer;
    }

    /** One certificate per prefixed host, through the parent's issuer. */
    public static SpaceTls perHost() {
        return PER_HOST;
    }

    /** A wildcard certificate {@code *.s.<host>} through {@code issuer}, a ClusterIssuer with a DNS01 solver. */
    public static SpaceTls wildcard(Issuer issuer) {
        return new SpaceTls(issuer);
    }

    /** The wildcard issuer; empty for {@link #perHost()}. */
    public Optional<Issuer> wildcardIssuer() {
        return Optional.ofNullable(wildcardIssuer);
    }

    @Override
    public String toString() {
        return wildcardIssuer == null ? "perHost()" : "wildcard(" + wildcardIssuer.name() + ")";
    }
}
