package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.manifesto.objects.Resource;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The containers of a pod and their ports have names Kubernetes accepts, each name once in the pod. */
public final class ContainerNameRules implements RuleSet {

    /** Two containers of a pod with one name. */
    public static final RuleInfo DUPLICATE_CONTAINER = RuleInfo.error("container.duplicate-name",
            "the containers and init containers of a pod have distinct names",
            "the API server rejects a pod with two containers of one name");
    /** Two ports of a pod with one name. */
    public static final RuleInfo DUPLICATE_PORT = RuleInfo.error("port.duplicate-name",
            "the container ports of a pod have distinct names",
            "a Service, probe or Ingress names a port, and a name that two ports carry cannot say which");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.DNS1123_LABEL, DUPLICATE_CONTAINER, NameChecks.PORT_NAME, NameChecks.PORT_NUMBER,
                DUPLICATE_PORT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        Map<Resource, Set<String>> containerNames = new IdentityHashMap<>();
        Map<Resource, Set<String>> portNames = new IdentityHashMap<>();
        PodContainers.forEach(set, findings, visit -> {
            Findings.On scope = visit.scope();
            String name = visit.container().getName();
            Names.checkDns1123Label(scope, "name", name);
            if (name != null && !containerNames.computeIfAbsent(visit.resource(), r -> new HashSet<>()).add(name)) {
                scope.report(DUPLICATE_CONTAINER, "name", name, "two containers of the pod share this name",
                        Fix.of("rename one of them"));
            }
            List<ContainerPort> ports = visit.container().getPorts();
            for (int i = 0; ports != null && i < ports.size(); i++) {
                ContainerPort port = ports.get(i);
                if (port == null) {
                    continue;
                }
                String field = "ports[" + (port.getName() == null ? String.valueOf(i) : port.getName()) + "]";
                // a port without name is allowed: only a named one can be referred to
                if (port.getName() != null) {
                    Names.checkPortName(scope, field + ".name", port.getName());
                }
                if (port.getContainerPort() != null) {
                    Names.checkPortNumber(scope, field + ".containerPort", port.getContainerPort());
                }
                if (port.getName() != null
                        && !portNames.computeIfAbsent(visit.resource(), r -> new HashSet<>()).add(port.getName())) {
                    scope.report(DUPLICATE_PORT, field + ".name", port.getName(),
                            "two ports of the pod share this name", Fix.of("rename one of them"));
                }
            }
        });
    }
}
