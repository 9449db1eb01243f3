package io.manifesto.workload;

import java.util.List;
import java.util.Objects;

/**
 * The Service a workload gets: whether it has one, its settings, and which ports. With no explicit ports, every named
 * container port is exposed on its own number.
 *
 * @param enabled  {@code false} when the workload renders no Service
 * @param settings the type, annotations and traffic settings asked
 * @param ports    explicit {@code spec.ports}; empty for "every container port"
 */
public record Exposure(boolean enabled, ServiceSettings settings, List<ServicePort> ports) {

    /** The default: a ClusterIP Service on every container port. */
    public static final Exposure DEFAULT = new Exposure(true, ServiceSettings.DEFAULT, List.of());

    public Exposure {
        Objects.requireNonNull(settings, "settings");
        ports = List.copyOf(ports);
    }

    /** {@code spec.type}: the type asked, or ClusterIP. */
    public ServiceType type() {
        return settings.effectiveType();
    }

    /** This exposure, enabled, with {@code settings}. */
    Exposure with(ServiceSettings settings) {
        return new Exposure(true, settings, ports);
    }
}
