package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.manifesto.core.Model;

import java.util.List;
import java.util.Optional;

/**
 * Renders the Service derived from a workload's named ports: the workload's name, its selector, and one port per
 * exposed container port with {@code targetPort} set to the port's name.
 */
final class ServiceRenderer {

    private ServiceRenderer() {
    }

    /** The Service derived from the workload's ports, or none. */
    static Optional<Service> service(Workload<?> workload, Model model, boolean headless) {
        if (!workload.rendersService() && !(headless && workload.exposure().enabled())) {
            return Optional.empty();
        }
        List<io.fabric8.kubernetes.api.model.ServicePort> servicePorts = exposedPorts(workload).stream()
                .map(p -> new ServicePortBuilder()
                        .withName(p.name()).withPort(p.port()).withTargetPort(new IntOrString(p.name()))
                        .withProtocol(p.protocol().name())
                        .build())
                .toList();
        return Optional.of(new ServiceBuilder()
                .withNewMetadata().withName(workload.name()).withLabels(PodRenderer.labels(workload, model))
                .endMetadata()
                .withNewSpec()
                .withType(headless ? null : workload.exposure().type().value())
                .withClusterIP(headless ? "None" : null)
                .withSelector(PodRenderer.selector(workload, model))
                .withPorts(servicePorts)
                .endSpec()
                .build());
    }

    /**
     * The ports the Service renders: the explicit ones, or every container port on its own number. Each has the
     * protocol of the container port it targets (TCP when no container has that name).
     */
    static List<ExposedPort> exposedPorts(Workload<?> workload) {
        List<ContainerPort> ports = workload.containers().stream().flatMap(c -> c.ports().stream()).toList();
        if (workload.exposure().ports().isEmpty()) {
            return ports.stream().map(p -> new ExposedPort(p.name(), p.number(), p.protocol())).toList();
        }
        return workload.exposure().ports().stream()
                .map(p -> new ExposedPort(p.portName(), p.port(), ports.stream()
                        .filter(c -> c.name().equals(p.portName())).findFirst()
                        .map(ContainerPort::protocol).orElse(Protocol.TCP)))
                .toList();
    }

    /** A rendered Service port: {@code name} (also the {@code targetPort}), {@code port} and {@code protocol}. */
    record ExposedPort(String name, int port, Protocol protocol) {
    }
}
