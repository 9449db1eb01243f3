package io.manifesto.workload;

import java.util.List;
import java.util.Objects;

/**
 * The Service a workload gets: whether it has one, its type, and which ports. With no explicit ports, every named
 * container port is exposed on its own number.
 *
 * @param enabled {@code false} when the workload renders no Service
 * @param type    {@code spec.type}
 * @param ports   explicit {@code spec.ports}; empty for "every container port"
 */
public record Exposure(boolean enabled, ServiceType type, List<ServicePort> ports) {

    /** The default: a ClusterIP Service on every container port. */
    public static final Exposure DEFAULT = new Exposure(true, ServiceType.CLUSTER_IP, List.of());

    public Exposure {
        Objects.requireNonNull(type, "type");
        ports = List.copyOf(ports);
    }
}
