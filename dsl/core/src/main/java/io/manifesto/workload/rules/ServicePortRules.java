package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/** The ports of a Service are distinct: by name, and by number and protocol. */
public final class ServicePortRules implements RuleSet {

    /** Two ports of a Service with one name, or with one number and protocol. */
    public static final RuleInfo DUPLICATE_PORT = RuleInfo.error("service.duplicate-port",
            "the ports of a Service have distinct names, and distinct numbers per protocol",
            "the API server rejects a Service with two ports of one name, or of one number and protocol");

    @Override
    public List<RuleInfo> rules() {
        return List.of(DUPLICATE_PORT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Service")) {
            if (!(resource.object() instanceof Service service) || service.getSpec() == null
                    || service.getSpec().getPorts() == null) {
                continue;
            }
            List<Resource> selected = set.workloadsSelectedBy(resource.namespace(), service.getSpec().getSelector());
            List<ContainerPort> containerPorts = selected.stream()
                    .flatMap(workload -> PodContainers.ports(set.pods(workload).orElseThrow()).stream()).toList();
            List<ServicePort> ports = service.getSpec().getPorts().stream().filter(Objects::nonNull).toList();
            // a DSL Service named after the workload it selects is the derived one, whose ports .servicePort chooses
            boolean derived = selected.stream().anyMatch(workload -> workload.name().equals(resource.name()));
            String choose = derived ? ".servicePort" : ".expose";
            Fix fix = Fix.of(derived(ports, containerPorts) ? "give each container port its own number, or choose the"
                            + " exposed ports with " + choose + "(name, number)"
                            : "expose each container port once, on its own number",
                    "give each port its own name, and its own number per protocol");
            Set<String> names = new HashSet<>();
            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < ports.size(); i++) {
                ServicePort port = ports.get(i);
                String name = port.getName();
                String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
                boolean newName = name == null || names.add(name);
                // two container ports with one name: port.duplicate-name reports it on the pod
                if (!newName && containerPorts.stream().filter(p -> name.equals(p.getName())).count() > 1) {
                    continue;
                }
                if (!newName || port.getPort() != null && !numbers.add(port.getPort() + "/" + protocol)) {
                    findings.on(resource).report(DUPLICATE_PORT,
                            "spec.ports[" + (name == null ? String.valueOf(i) : name) + "]",
                            name + ":" + port.getPort() + "/" + protocol,
                            "another service port has the same name, or the same number and protocol, and the API"
                                    + " server rejects that", fix);
                }
            }
        }
    }

    /** {@code true} when the Service exposes every container port on its own number, as the DSL derives it. */
    private static boolean derived(List<ServicePort> ports, List<ContainerPort> containerPorts) {
        return ports.size() == containerPorts.size() && IntStream.range(0, ports.size())
                .allMatch(i -> Objects.equals(ports.get(i).getName(), containerPorts.get(i).getName())
                        && Objects.equals(ports.get(i).getPort(), containerPorts.get(i).getContainerPort()));
    }
}
