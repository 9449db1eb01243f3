package io.manifesto.tls;

import java.util.Objects;

/**
 * A CA issuer, {@code spec.ca.secretName}: signs certificates with the key pair in a {@code kubernetes.io/tls}
 * secret (in cert-manager's namespace for a ClusterIssuer, in the issuer's namespace for an Issuer).
 *
 * @param secretName {@code spec.ca.secretName}
 */
public record CaSigning(String secretName) implements IssuerType {

    /** A CA issuer; a missing secret name becomes {@code ""}, which the issuer's checks report. */
    public CaSigning {
        secretName = Objects.requireNonNullElse(secretName, "");
    }
}
