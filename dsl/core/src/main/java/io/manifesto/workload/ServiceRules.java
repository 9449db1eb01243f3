package io.manifesto.workload;

import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.HashSet;
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
            // what the port targets in the pods (service.unknown-port, service.headless-port) is checked on the
            // rendered Service, by io.manifesto.workload.rules.ServiceTargetRules
            if (explicit) {
                Names.checkPortNumber(scope, field + ".port", port.port());
            }
        }
    }
}
