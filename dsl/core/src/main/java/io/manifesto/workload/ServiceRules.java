package io.manifesto.workload;

import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The rules of the Service derived from a workload: its name, its ports, what they target. */
final class ServiceRules {

    private ServiceRules() {
    }

    static void check(Workload<?> workload, Problems problems, boolean headless) {
        Exposure exposure = workload.exposure();
        boolean hasPorts = workload.containers().stream().anyMatch(c -> !c.ports().isEmpty());
        boolean explicit = !exposure.ports().isEmpty();
        boolean asked = explicit || exposure.type() != ServiceType.CLUSTER_IP;
        // a headless Service is rendered even without ports: it is a StatefulSet's governing Service
        if (!exposure.enabled() || (!hasPorts && !asked && !headless)) {
            return;
        }
        Problems.Scope scope = problems.at("Service/" + workload.name());
        if (headless && exposure.type() != ServiceType.CLUSTER_IP) {
            scope.error(WorkloadRules.HEADLESS_SERVICE_TYPE, "spec.type", exposure.type().value(),
                    "the Service of " + workload.id() + " is its headless governing Service, which has no type",
                    "remove .service(" + exposure.type() + ") and add a separate Service for clients");
        }
        Names.checkDns1035Label(scope, "metadata.name", workload.name());
        if (!hasPorts && asked) {
            scope.error(WorkloadRules.SERVICE_NO_PORTS, "spec.ports", null, "no container of " + workload.id() + " has a port",
                    "add .port(\"http\", 8080) to a container, or remove the service settings");
        }
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (ServiceRenderer.ExposedPort port : ServiceRenderer.exposedPorts(workload)) {
            String field = "spec.ports[" + port.name() + "]";
            boolean newName = names.add(port.name());
            if (!newName && !explicit) {
                continue; // two container ports with one name: port.duplicate-name reports it on the pod
            }
            if (!newName || !numbers.add(port.port() + "/" + port.protocol())) {
                scope.error(WorkloadRules.DUPLICATE_SERVICE_PORT, field,
                        port.name() + ":" + port.port() + "/" + port.protocol(),
                        "another service port has the same name, or the same number and protocol, and the API"
                                + " server rejects that",
                        explicit ? "expose each container port once, on its own number"
                                : "give each container port its own number, or choose the exposed ports with"
                                        + " .servicePort(name, number)");
            }
            if (explicit) {
                checkExplicitPort(workload, scope, field, port, headless);
            }
        }
    }

    private static void checkExplicitPort(Workload<?> workload, Problems.Scope scope, String field,
                                          ServiceRenderer.ExposedPort port, boolean headless) {
        Names.checkPortNumber(scope, field + ".port", port.port());
        Optional<ContainerPort> target = workload.containerPort(port.name());
        // no proxy stands in front of a headless Service: DNS gives the pod IPs, reached on the container port
        target.filter(c -> headless && c.number() != port.port()).ifPresent(c ->
                scope.error(WorkloadRules.HEADLESS_SERVICE_PORT, field + ".port", port.port(),
                        "the Service of " + workload.id() + " is headless and does not remap ports: clients"
                                + " connect to the pods on " + c.number() + ", not on " + port.port(),
                        "use .servicePort(\"" + port.name() + "\", " + c.number() + "), or add a separate"
                                + " ClusterIP Service for clients that connect on " + port.port()));
        if (target.isEmpty()) {
            scope.error(WorkloadRules.SERVICE_UNKNOWN_PORT, field + ".targetPort", port.name(),
                    "no container of " + workload.id() + " has a port of this name",
                    "name one of " + workload.containers().stream().flatMap(c -> c.ports().stream())
                            .map(ContainerPort::name).toList() + ", or add the port to a container");
        }
    }
}
