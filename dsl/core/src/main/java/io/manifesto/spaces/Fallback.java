package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;

import java.util.List;

/**
 * The stand-in for a service the space does not run: an ExternalName Service of the same name and ports, a DNS
 * CNAME to {@code <service>.<parent namespace>.svc.cluster.local}, so code in the space reaches the parent's service
 * under its usual name and port. An ExternalName Service has no selector and cannot remap ports.
 */
final class Fallback {

    private Fallback() {
    }

    /** The ExternalName Service standing in for {@code parent}'s Service. */
    static Service of(Service service, String parentNamespace) {
        String name = service.getMetadata().getName();
        List<ServicePort> ports = service.getSpec() == null ? List.of() : service.getSpec().getPorts().stream()
                .map(port -> new ServicePortBuilder().withName(port.getName()).withPort(port.getPort())
                        .withProtocol(port.getProtocol()).build())
                .toList();
        return new ServiceBuilder()
                .withMetadata(new ObjectMetaBuilder().withName(name)
                        .withLabels(service.getMetadata().getLabels())
                        .withAnnotations(service.getMetadata().getAnnotations()).build())
                .withNewSpec()
                .withType("ExternalName")
                .withExternalName(name + "." + parentNamespace + ".svc.cluster.local")
                .withPorts(ports)
                .endSpec()
                .build();
    }
}
