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
        // that the ports are distinct (service.duplicate-port) and what they target (service.unknown-port,
        // service.headless-port) are checked on the rendered Service, by io.manifesto.workload.rules
        if (explicit) {
            ServiceRenderer.exposedPorts(workload).forEach(port ->
                    Names.checkPortNumber(scope, "spec.ports[" + port.name() + "].port", port.port()));
        }
    }
}
