package io.manifesto.workload;

/** How a Service is reached: {@code spec.type}. */
public enum ServiceType {
    /** {@code ClusterIP}: a virtual IP inside the cluster, the default. */
    CLUSTER_IP("ClusterIP"),
    /** {@code NodePort}: also a port on every node. */
    NODE_PORT("NodePort"),
    /** {@code LoadBalancer}: also a cloud load balancer (an Azure public or internal IP on AKS). */
    LOAD_BALANCER("LoadBalancer");

    private final String value;

    ServiceType(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code ClusterIP}. */
    public String value() {
        return value;
    }
}
