package io.manifesto.networking.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ingress backend reaches a port of a Service of the set, over TCP: Ingress to Service (by name) to the workload
 * it selects (by pod labels) to the container port. A Service the set does not hold may exist in the cluster, so it
 * is not checked.
 */
final class IngressBackends {

    /** A backend port that the Service does not expose. */
    static final RuleInfo PORT = RuleInfo.error("ingress.backend-port",
            "an ingress backend names a port that its Service exposes",
            "the controller finds no endpoint for a port the Service does not have, and answers 503");
    /** A backend port that is not TCP. */
    static final RuleInfo PROTOCOL = RuleInfo.error("ingress.backend-protocol",
            "an ingress backend's Service port is TCP",
            "an ingress proxies HTTP over TCP, and controllers take only the TCP endpoints of a backend"
                    + " (ingress-nginx asks for ProtocolTCP), so they find no endpoint and answer 503");

    private IngressBackends() {
    }

    /**
     * Checks {@code backend}, at {@code field} (e.g. {@code spec.defaultBackend.service}), of an ingress in
     * {@code namespace}.
     */
    static void check(ResolvedSet set, Findings.On scope, String field, String namespace,
                      IngressServiceBackend backend) {
        if (backend == null || backend.getName() == null || backend.getPort() == null) {
            return;
        }
        Optional<Resource> serviceResource = set.find("Service", namespace, backend.getName())
                .filter(found -> found.object() instanceof Service);
        if (serviceResource.isEmpty()) {
            return;
        }
        Optional<Service> service = serviceResource.map(found -> (Service) found.object());
        List<ServicePort> ports = service.get().getSpec() == null || service.get().getSpec().getPorts() == null
                ? List.of() : service.get().getSpec().getPorts().stream().filter(Objects::nonNull).toList();
        Optional<Resource> workload = set.workloadsSelectedBy(serviceResource.get()).stream().findFirst();
        String serviceId = "Service/" + backend.getName();
        String described = serviceId + workload.map(w -> " of " + w).orElse("");
        ServiceBackendPort port = backend.getPort();
        Optional<ServicePort> found;
        String portField;
        Object portValue;
        if (port.getName() != null && !port.getName().isEmpty()) {
            portField = field + ".port.name";
            portValue = port.getName();
            found = ports.stream().filter(p -> port.getName().equals(p.getName())).findFirst();
            if (found.isEmpty()) {
                boolean hidden = workload.flatMap(w -> containerPort(set, w, port.getName())).isPresent();
                String target = workload.map(Resource::toString).orElse(serviceId);
                scope.report(PORT, portField, portValue, described + " has no port named \"" + port.getName()
                                + "\"; it has " + ports.stream().map(ServicePort::getName).toList(),
                        Fix.of("use a named port of " + target + "'s containers"
                                        + (hidden ? " that its Service exposes" : ""),
                                "use a port name that " + serviceId + " exposes"
                                        + (hidden ? ", or add \"" + port.getName() + "\" to its ports" : "")));
                return;
            }
        } else if (port.getNumber() != null) {
            portField = field + ".port.number";
            portValue = port.getNumber();
            found = ports.stream().filter(p -> port.getNumber().equals(p.getPort())).findFirst();
            if (found.isEmpty()) {
                scope.report(PORT, portField, portValue, described + " has no port " + port.getNumber()
                                + "; it has " + ports.stream().map(ServicePort::getPort).toList(),
                        Fix.of("use a port number that " + serviceId + " exposes"));
                return;
            }
        } else {
            return;
        }
        String protocol = found.get().getProtocol() == null ? "TCP" : found.get().getProtocol();
        if (!protocol.equals("TCP")) {
            String target = workload.map(Resource::toString).orElse(serviceId);
            String portText = portValue instanceof String ? "\"" + portValue + "\"" : String.valueOf(portValue);
            scope.report(PROTOCOL, portField, portValue,
                    described + " carries the port " + portText + " over " + protocol + ", and an ingress proxies"
                            + " HTTP over TCP, so the controller finds no endpoint for this backend and answers 503",
                    Fix.of("route to a TCP port of " + target + ", and reach the " + protocol
                            + " port through its Service"));
        }
    }

    /** The container port named {@code name} of the pods {@code workload} runs. */
    private static Optional<ContainerPort> containerPort(ResolvedSet set, Resource workload, String name) {
        return set.pods(workload).map(pods -> pods.spec() == null ? null : pods.spec().getContainers()).stream()
                .flatMap(List::stream).filter(Objects::nonNull)
                .map(Container::getPorts).filter(Objects::nonNull).flatMap(List::stream).filter(Objects::nonNull)
                .filter(p -> name.equals(p.getName())).findFirst();
    }
}
