package io.manifesto.tls;

import io.manifesto.objects.ResourceId;

import java.util.Objects;

/**
 * A reference to a cert-manager issuer: {@code issuerRef} of a Certificate, or the value of the ingress annotation
 * {@code cert-manager.io/issuer} / {@code cert-manager.io/cluster-issuer}. Get one from {@link Issuer#ref()} for an
 * issuer of the application, or from {@link #clusterIssuer(String)} / {@link #issuer(String)} for one installed
 * separately.
 *
 * @param kind Issuer or ClusterIssuer
 * @param name the issuer's {@code metadata.name}
 */
public record IssuerRef(IssuerKind kind, String name) {

    public IssuerRef {
        Objects.requireNonNull(kind, "kind");
        name = Objects.requireNonNullElse(name, "");
    }

    /** A ClusterIssuer named {@code name}. */
    public static IssuerRef clusterIssuer(String name) {
        return new IssuerRef(IssuerKind.CLUSTER_ISSUER, name);
    }

    /** A namespaced Issuer named {@code name}, in the namespace of what refers to it. */
    public static IssuerRef issuer(String name) {
        return new IssuerRef(IssuerKind.ISSUER, name);
    }

    /** The id of the referenced issuer, {@code ClusterIssuer/name} or {@code Issuer/name}. */
    public ResourceId id() {
        return new ResourceId(kind.kind(), name);
    }

    /** {@code Kind/name}. */
    @Override
    public String toString() {
        return id().toString();
    }
}
