package io.manifesto.workload;

import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

/** The rules of the Service derived from a workload: its name, its ports, what they target. */
final class ServiceRules {

    private ServiceRules() {
    }

    static void check(Workload<?> workload, Problems problems, boolean headless) {
        Exposure exposure = workload.exposure();
        boolean hasPorts = workload.containers().stream().anyMatch(c -> !c.ports().isEmpty());
        if (!exposure.enabled() || (!hasPorts && exposure.ports().isEmpty()
                && exposure.type() == ServiceType.CLUSTER_IP)) {
            return;
        }
        Problems.Scope scope = problems.at("Service/" + workload.name());
        if (headless && exposure.type() != ServiceType.CLUSTER_IP) {
            scope.error(WorkloadRules.HEADLESS_SERVICE_TYPE, "spec.type", exposure.type().value(),
                    "the Service of " + workload.id() + " is its headless governing Service, which has no type",
                    "remove .service(" + exposure.type() + ") and add a separate Service for clients");
        }
        Names.checkDns1035Label(scope, "metadata.name", workload.name());
        if (!hasPorts) {
            scope.error(WorkloadRules.SERVICE_NO_PORTS, "spec.ports", null, "no container of " + workload.id() + " has a port",
                    "add .port(\"http\", 8080) to a container, or remove the service settings");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (ServicePort port : exposure.ports()) {
            String field = "spec.ports[" + port.portName() + "]";
            if (!names.add(port.portName()) || !numbers.add(port.port())) {
                scope.error(WorkloadRules.DUPLICATE_SERVICE_PORT, field, port.portName() + ":" + port.port(),
                        "another service port has the same name or number, and the API server rejects that",
                        "expose each container port once, on its own number");
            }
            Names.checkPortNumber(scope, field + ".port", port.port());
            boolean exists = workload.containers().stream().anyMatch(c -> c.port(port.portName()).isPresent());
            if (!exists) {
                scope.error(WorkloadRules.SERVICE_UNKNOWN_PORT, field + ".targetPort", port.portName(),
                        "no container of " + workload.id() + " has a port of this name",
                        "name one of " + workload.containers().stream().flatMap(c -> c.ports().stream())
                                .map(ContainerPort::name).toList() + ", or add the port to a container");
            }
        }
    }
}
