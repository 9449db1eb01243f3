package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Optional;

/**
 * What a Service's ports reach in the pods it selects: a named target port that is a port name and that their
 * containers have, and, for a headless Service, which is not proxied, the container port's own number. An empty
 * targetPort is unset: the API server sets the port's own number.
 */
public final class ServiceTargetRules implements RuleSet {

    /** A Service port targeting a port name that no container of a selected workload has. */
    public static final RuleInfo UNKNOWN_PORT = RuleInfo.error("service.unknown-port",
            "a Service port's named targetPort is a container port of the pods it selects",
            "the endpoints controller finds no port of that name in the pods, so the Service has no endpoints for"
                    + " it and every connection fails");
    /** A headless Service port on another number than the container port it names. */
    public static final RuleInfo HEADLESS_PORT = RuleInfo.error("service.headless-port",
            "a headless Service's port is the number of the container port it targets",
            "a headless Service is not proxied: DNS returns the pod IPs, and clients reach the pods on the container"
                    + " port only");

    @Override
    public List<RuleInfo> rules() {
        return List.of(HEADLESS_PORT, NameChecks.PORT_NAME, UNKNOWN_PORT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Service")) {
            if (!(resource.object() instanceof Service service) || service.getSpec() == null
                    || service.getSpec().getPorts() == null) {
                continue;
            }
            List<Resource> workloads = set.workloadsSelectedBy(resource);
            boolean headless = "None".equals(service.getSpec().getClusterIP());
            List<ServicePort> ports = service.getSpec().getPorts();
            for (int i = 0; i < ports.size(); i++) {
                ServicePort port = ports.get(i);
                if (port == null || port.getTargetPort() == null || port.getTargetPort().getStrVal() == null
                        || port.getTargetPort().getStrVal().isEmpty()) {
                    continue;
                }
                String field = "spec.ports[" + (port.getName() == null ? String.valueOf(i) : port.getName()) + "]";
                String target = port.getTargetPort().getStrVal();
                // an invalid name no container has is reported as a name, once; one a container has, on its pod
                if (!Names.isPortName(target) && workloads.stream().noneMatch(workload ->
                        PodContainers.ports(set.pods(workload).orElseThrow()).stream()
                                .anyMatch(p -> target.equals(p.getName())))) {
                    Names.checkPortName(findings.on(resource), field + ".targetPort", target);
                    continue;
                }
                for (Resource workload : workloads) {
                    check(findings.on(resource), field, port, headless, workload, set.pods(workload).orElseThrow());
                }
            }
        }
    }

    private static void check(Findings.On scope, String field, ServicePort port, boolean headless,
                              Resource workload, PodTemplate pods) {
        String target = port.getTargetPort().getStrVal();
        List<ContainerPort> containerPorts = PodContainers.ports(pods);
        Optional<ContainerPort> found = containerPorts.stream().filter(p -> target.equals(p.getName())).findFirst();
        if (found.isEmpty()) {
            scope.report(UNKNOWN_PORT, field + ".targetPort", target,
                    "no container of " + workload + " has a port of this name",
                    Fix.of("name one of " + containerPorts.stream().map(ContainerPort::getName).toList()
                            + ", or add the port to a container"));
            return;
        }
        Integer number = found.get().getContainerPort();
        if (headless && number != null && port.getPort() != null && !number.equals(port.getPort())) {
            // a DSL Service named after its workload is the derived one, set by .servicePort(...)
            boolean derived = scope.resource().name().equals(workload.name());
            scope.report(HEADLESS_PORT, field + ".port", port.getPort(),
                    (scope.dslTerms() ? "the Service " + (derived ? "of " : "over ") + workload : "the Service")
                            + " is headless and does not remap ports: clients connect to the pods on " + number
                            + ", not on " + port.getPort(),
                    Fix.of("use " + (derived ? ".servicePort" : ".expose") + "(\"" + target + "\", " + number
                                    + "), or add a separate ClusterIP Service for clients that connect on "
                                    + port.getPort(),
                            "set port: " + number + ", or add a separate ClusterIP Service for clients that connect"
                                    + " on " + port.getPort()));
        }
    }
}
