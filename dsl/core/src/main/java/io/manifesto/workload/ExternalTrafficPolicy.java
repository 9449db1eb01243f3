package io.manifesto.workload;

/**
 * Where a NodePort or LoadBalancer Service sends traffic that comes from outside the cluster:
 * {@code spec.externalTrafficPolicy}. The API server accepts it only on a Service reachable from outside (type
 * NodePort or LoadBalancer).
 */
public enum ExternalTrafficPolicy {
    /** {@code Cluster}: to any ready pod, on any node; the client's source IP is hidden (the Kubernetes default). */
    CLUSTER("Cluster"),
    /**
     * {@code Local}: only to pods on the node that received it, keeping the client's source IP; a node without such
     * a pod fails the load balancer's health check and gets no traffic.
     */
    LOCAL("Local");

    private final String value;

    ExternalTrafficPolicy(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code Local}. */
    public String value() {
        return value;
    }
}
