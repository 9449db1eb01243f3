package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Set;

/**
 * The values the API server checks in a Service's fields: the type, and each port's name, protocol and numbers
 * (port, nodePort, a numbered targetPort). What a named targetPort reaches is {@link ServiceTargetRules}'.
 *
 * <p>The DSL writes the type and protocols from enums, names the ports after container ports (checked on the pod)
 * and checks the numbers it is given, so a Service it rendered is checked here only after a customization changed
 * it.
 */
public final class ServiceFieldRules implements RuleSet {

    /** A Service type the API does not have. */
    public static final RuleInfo TYPE = RuleInfo.error("service.type",
            "a Service's type is ClusterIP, NodePort, LoadBalancer or ExternalName",
            "the API server rejects a Service of any other type");
    /** A Service port protocol the API does not have. */
    public static final RuleInfo PROTOCOL = RuleInfo.error("service.protocol",
            "a Service port's protocol is TCP, UDP or SCTP, or left out for TCP",
            "the API server rejects a Service port of any other protocol, and the schema any other value, empty too");

    private static final Set<String> TYPES = Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.PORT_NAME, NameChecks.PORT_NUMBER, PROTOCOL, TYPE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Service")) {
            if (resource.origin().isDsl() && !resource.origin().customized()
                    || !(resource.object() instanceof Service service) || service.getSpec() == null) {
                continue;
            }
            Findings.On scope = findings.on(resource);
            String type = service.getSpec().getType();
            if (type != null && !TYPES.contains(type)) {
                scope.report(TYPE, "spec.type", type, "the API has no Service type \"" + type + "\"",
                        Fix.of("set ClusterIP, NodePort, LoadBalancer or ExternalName, or leave it out for"
                                + " ClusterIP"));
            }
            List<ServicePort> ports = service.getSpec().getPorts();
            for (int i = 0; ports != null && i < ports.size(); i++) {
                if (ports.get(i) != null) {
                    checkPort(scope, ports.get(i), "spec.ports[" + (ports.get(i).getName() == null
                            ? String.valueOf(i) : ports.get(i).getName()) + "]");
                }
            }
        }
    }

    private static void checkPort(Findings.On scope, ServicePort port, String field) {
        // a port without name (or with an empty one) is allowed on a Service of one port
        if (port.getName() != null && !port.getName().isEmpty()) {
            Names.checkPortName(scope, field + ".name", port.getName());
        }
        String protocol = port.getProtocol();
        if (protocol != null && !PROTOCOLS.contains(protocol)) {
            scope.report(PROTOCOL, field + ".protocol", protocol, "a Service port's protocol is TCP, UDP or SCTP",
                    Fix.of("set TCP, UDP or SCTP, or leave it out for TCP"));
        }
        if (port.getPort() != null) {
            Names.checkPortNumber(scope, field + ".port", port.getPort());
        }
        // nodePort 0 is unset: the API server allocates one for a NodePort or LoadBalancer Service
        if (port.getNodePort() != null && port.getNodePort() != 0) {
            Names.checkPortNumber(scope, field + ".nodePort", port.getNodePort());
        }
        // targetPort 0 is unset, as a missing one: the API server sets the port's own number
        IntOrString target = port.getTargetPort();
        if (target != null && target.getIntVal() != null && target.getIntVal() != 0) {
            Names.checkPortNumber(scope, field + ".targetPort", target.getIntVal());
        }
    }
}
