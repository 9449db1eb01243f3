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
        Exposure exposure = workload.exposure();
        List<ContainerPort> ports = workload.containers().stream().flatMap(c -> c.ports().stream()).toList();
        if (!workload.rendersService() && !(headless && exposure.enabled())) {
            return Optional.empty();
        }
        List<ServicePort> exposed = exposure.ports().isEmpty()
                ? ports.stream().map(p -> new ServicePort(p.name(), p.number())).toList()
                : exposure.ports();
        List<io.fabric8.kubernetes.api.model.ServicePort> servicePorts = exposed.stream()
                .map(p -> new ServicePortBuilder()
                        .withName(p.portName()).withPort(p.port()).withTargetPort(new IntOrString(p.portName()))
                        .withProtocol(ports.stream().filter(c -> c.name().equals(p.portName())).findFirst()
                                .map(c -> c.protocol().name()).orElse("TCP"))
                        .build())
                .toList();
        return Optional.of(new ServiceBuilder()
                .withNewMetadata().withName(workload.name()).withLabels(PodRenderer.labels(workload, model))
                .endMetadata()
                .withNewSpec()
                .withType(headless ? null : exposure.type().value())
                .withClusterIP(headless ? "None" : null)
                .withSelector(PodRenderer.selector(workload, model))
                .withPorts(servicePorts)
                .endSpec()
                .build());
    }
}
