package io.manifesto.workload;

import io.manifesto.objects.ResourceId;

/**
 * A named port of a workload's Service, as a reference: what an Ingress backend or a network policy points at. It
 * renders as the Service's name and the port's name (the container port's name, which each Service port is named
 * after), so renaming the port in one place cannot break the reference silently: the build checks that the port
 * exists.
 *
 * @param workload the workload whose pods the Service selects, e.g. {@code Deployment/shop}
 * @param portName the container port's name
 * @param service  the Service's name: the workload's own for its derived Service
 */
public record PortRef(ResourceId workload, String portName, String service) {

    /** The port {@code portName} of the Service derived from {@code workload}, which has the workload's name. */
    public PortRef(ResourceId workload, String portName) {
        this(workload, portName, workload.name());
    }

    /** {@code true} when the reference is to the Service derived from the workload (named after it). */
    public boolean derived() {
        return service.equals(workload.name());
    }
}
