package io.manifesto.workload;

import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;


/** The rules of the Service derived from a workload: its name, its ports, what they target, its settings. */
final class ServiceRules {

    private ServiceRules() {
    }

    static void check(Workload<?> workload, Problems problems, boolean headless) {
        Exposure exposure = workload.exposure();
        ServiceSettings settings = exposure.settings();
        boolean hasPorts = workload.containers().stream().anyMatch(c -> !c.ports().isEmpty());
        boolean explicit = !exposure.ports().isEmpty();
        boolean asked = explicit || !settings.equals(ServiceSettings.DEFAULT);
        // a headless Service is rendered even without ports: it is a StatefulSet's governing Service
        if (!exposure.enabled() || (!hasPorts && !asked && !headless)) {
            return;
        }
        Problems.Scope scope = problems.at("Service/" + workload.name());
        if (headless && settings.type() != null) {
            ServiceType type = settings.type();
            scope.error(WorkloadRules.HEADLESS_SERVICE_TYPE, "spec.type", type.value(),
                    "the Service of " + workload.id() + " is its headless governing Service (clusterIP: None), which"
                            + " has no type and no cluster IP, so .service(" + type + ") cannot take effect",
                    "remove .service(" + type + "); for clients, add service(\"" + workload.name() + "-client\", "
                            + workload.name() + ")" + (type == ServiceType.CLUSTER_IP ? ", a ClusterIP Service"
                            : ".type(" + type + ")") + " beside it");
        }
        Names.checkDns1035Label(scope, "metadata.name", workload.name());
        settings.check(scope);
        // a headless Service without ports is rendered all the same, with what was asked of it
        if (!hasPorts && (explicit || asked && !headless)) {
            scope.error(WorkloadRules.SERVICE_NO_PORTS, "spec.ports", null, "no container of " + workload.id() + " has a port",
                    "add .port(\"http\", 8080) to a container, or remove the service settings");
        }
        // that the ports are distinct (service.duplicate-port), what they target (service.unknown-port,
        // service.headless-port) and the traffic settings are checked on the rendered Service, by
        // io.manifesto.workload.rules
        if (explicit) {
            ServiceRenderer.exposedPorts(workload).forEach(port ->
                    Names.checkPortNumber(scope, "spec.ports[" + port.name() + "].port", port.port()));
        }
    }
}
