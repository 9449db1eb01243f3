package io.manifesto.testing;

import static io.manifesto.testing.Messages.entries;
import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;
import static io.manifesto.testing.Messages.intOrString;
import static io.manifesto.testing.Messages.itHad;
import static io.manifesto.testing.Messages.list;
import static io.manifesto.testing.Messages.map;
import static io.manifesto.testing.Messages.quote;
import static io.manifesto.testing.Messages.resource;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Service}: its type, ports, selector and whether it is headless. */
public class ServiceAssert extends AbstractAssert<ServiceAssert, Service> {

    /** The type the API server gives a Service that sets none. */
    private static final String DEFAULT_TYPE = "ClusterIP";

    /** Creates assertions on a Service. */
    public ServiceAssert(Service service) {
        super(service, ServiceAssert.class);
    }

    /**
     * Checks {@code spec.type}; a Service that sets no type counts as {@code ClusterIP}, the API
     * server's default.
     */
    public ServiceAssert hasType(String type) {
        isNotNull();
        String present = spec().getType() == null ? DEFAULT_TYPE : spec().getType();
        if (!present.equals(type)) {
            throw failureWithActualExpected(present, type, "%s", expecting(
                    name() + " to have the type", quote(type),
                    itHad(quote(present) + (spec().getType() == null ? " (not set, the default)" : ""))));
        }
        return myself;
    }

    /** Checks that some port of the Service has {@code targetPort} set to the named container port. */
    public ServiceAssert targetsPort(String portName) {
        isNotNull();
        List<String> targets = ports().stream().map(ServicePort::getTargetPort)
                .map(ServiceAssert::targetPort).collect(Collectors.toList());
        boolean found = ports().stream().map(ServicePort::getTargetPort)
                .anyMatch(t -> t != null && t.getIntVal() == null && Objects.equals(t.getStrVal(), portName));
        if (!found) {
            throw failureWithActualExpected(targets, portName, "%s", expecting(
                    name() + " to target the container port named", quote(portName),
                    "its target ports were\n" + indent(targets.toString())));
        }
        return myself;
    }

    /** Checks that the Service exposes a port with this {@code name} and {@code port} number. */
    public ServiceAssert exposesPort(String name, int port) {
        isNotNull();
        boolean found = ports().stream().anyMatch(p ->
                Objects.equals(p.getName(), name) && Objects.equals(p.getPort(), port));
        if (!found) {
            String expected = name + " " + port;
            String present = ports().isEmpty()
                    ? "(none)"
                    : ports().stream().map(p -> p.getName() + " " + p.getPort()).collect(Collectors.joining("\n"));
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    name() + " to expose the port", expected, "its ports were\n" + indent(present)));
        }
        return myself;
    }

    /** Checks that the Service is headless: {@code spec.clusterIP} is {@code None}. */
    public ServiceAssert isHeadless() {
        isNotNull();
        String clusterIp = spec().getClusterIP();
        if (!"None".equals(clusterIp)) {
            throw failureWithActualExpected(clusterIp, "None", "%s", expecting(
                    name() + " to be headless, with clusterIP", quote("None"),
                    clusterIp == null ? "it set no clusterIP" : itHad(quote(clusterIp))));
        }
        return myself;
    }

    /** Checks that {@code spec.selector} is exactly {@code labels}. */
    public ServiceAssert selects(Map<String, String> labels) {
        isNotNull();
        Map<String, String> selector = map(spec().getSelector());
        if (!selector.equals(labels)) {
            throw failureWithActualExpected(entries(selector), entries(labels), "%s", expecting(
                    name() + " to select pods on", entries(labels), itHad(entries(selector))));
        }
        return myself;
    }

    private static String targetPort(IntOrString targetPort) {
        return targetPort == null ? "(not set)" : intOrString(targetPort);
    }

    private ServiceSpec spec() {
        return actual.getSpec() == null ? new ServiceSpec() : actual.getSpec();
    }

    private List<ServicePort> ports() {
        return list(spec().getPorts());
    }

    private String name() {
        return resource(actual);
    }
}
