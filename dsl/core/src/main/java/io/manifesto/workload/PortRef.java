package io.manifesto.workload;

import io.manifesto.objects.ResourceId;

/**
 * A named port of a workload, as a reference: what an Ingress backend points at. It renders as the workload's
 * Service (which has the workload's name) and the port's name, so renaming the port in one place cannot break the
 * reference silently: the build checks that the port exists.
 *
 * @param workload the workload, e.g. {@code Deployment/shop}
 * @param portName the container port's name
 */
public record PortRef(ResourceId workload, String portName) {

    /** The name of the workload's Service: the workload's own name. */
    public String service() {
        return workload.name();
    }
}
