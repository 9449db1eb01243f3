package io.manifesto.tls;

/** Whether a cert-manager issuer serves one namespace ({@code Issuer}) or the whole cluster ({@code ClusterIssuer}). */
public enum IssuerKind {
    /** {@code Issuer}: namespaced; only certificates of its own namespace may use it. */
    ISSUER("Issuer", "cert-manager.io/issuer", "issuer"),
    /** {@code ClusterIssuer}: cluster-scoped; certificates of every namespace may use it. */
    CLUSTER_ISSUER("ClusterIssuer", "cert-manager.io/cluster-issuer", "clusterIssuer");

    private final String kind;
    private final String annotation;
    private final String factory;

    IssuerKind(String kind, String annotation, String factory) {
        this.kind = kind;
        this.annotation = annotation;
        this.factory = factory;
    }

    /** The kind, e.g. {@code ClusterIssuer}: {@code issuerRef.kind}. */
    public String kind() {
        return kind;
    }

    /** The ingress annotation that asks cert-manager for a certificate from an issuer of this kind. */
    public String annotation() {
        return annotation;
    }

    /**
     * The name of the factory that makes an issuer of this kind, both {@code IssuerRef.<factory>("name")} for one that
     * exists in the cluster and {@code <factory>("name", type)} of the DSL: {@code issuer} or {@code clusterIssuer}.
     */
    public String factory() {
        return factory;
    }
}
