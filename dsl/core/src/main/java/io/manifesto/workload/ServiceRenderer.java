package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.SessionAffinityConfigBuilder;
import io.manifesto.core.Model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders Services over a workload's pods: the one derived from its named ports (the workload's name), and a
 * {@link Service} of its own. Both select the pods by the workload's selector and name each port after the container
 * port it targets.
 */
final class ServiceRenderer {

    private ServiceRenderer() {
    }

    /** The Service derived from the workload's ports, or none. */
    static Optional<io.fabric8.kubernetes.api.model.Service> service(Workload<?> workload, Model model,
                                                                     boolean headless) {
        if (!workload.rendersService() && !(headless && workload.exposure().enabled())) {
            return Optional.empty();
        }
        // a StatefulSet's governing Service takes no type: service.headless-type reports one asked for
        ServiceSettings settings = workload.exposure().settings();
        return Optional.of(render(workload.name(), workload, model,
                headless ? settings.withType(null) : settings, headless, workload.exposure().ports()));
    }

    /**
     * The Service {@code name} over the pods of {@code workload}: its labels and selector, {@code chosen} ports (every
     * container port when empty), {@code settings}, and {@code clusterIP: None} when {@code headless}.
     */
    static io.fabric8.kubernetes.api.model.Service render(String name, Workload<?> workload, Model model,
                                                          ServiceSettings settings, boolean headless,
                                                          List<ServicePort> chosen) {
        List<io.fabric8.kubernetes.api.model.ServicePort> servicePorts = exposedPorts(workload, chosen).stream()
                .map(p -> new ServicePortBuilder()
                        .withName(p.name()).withPort(p.port()).withTargetPort(p.target())
                        .withProtocol(p.protocol().name())
                        .build())
                .toList();
        SessionAffinity affinity = settings.sessionAffinity();
        return new ServiceBuilder()
                .withNewMetadata().withName(name).withLabels(PodRenderer.labels(workload, model))
                .withAnnotations(settings.annotations().isEmpty() ? null : Map.copyOf(settings.annotations()))
                .endMetadata()
                .withNewSpec()
                .withType(settings.type() == null ? null : settings.type().value())
                .withClusterIP(headless ? "None" : null)
                .withSelector(PodRenderer.selector(workload, model))
                .withPorts(servicePorts)
                .withExternalTrafficPolicy(settings.externalTrafficPolicy() == null ? null
                        : settings.externalTrafficPolicy().value())
                .withSessionAffinity(affinity == null ? null : "ClientIP")
                .withSessionAffinityConfig(affinity == null || affinity.timeoutSeconds() == null ? null
                        : new SessionAffinityConfigBuilder().withNewClientIP()
                        .withTimeoutSeconds(affinity.timeoutSeconds()).endClientIP().build())
                .endSpec()
                .build();
    }

    /** The ports the derived Service renders (see {@link #exposedPorts(Workload, List)}). */
    static List<ExposedPort> exposedPorts(Workload<?> workload) {
        return exposedPorts(workload, workload.exposure().ports());
    }

    /**
     * The ports a Service over {@code workload} renders: {@code chosen}, or every container port on its own number.
     * Each is named after the container port it targets and has its protocol (TCP when no container has it); a port
     * chosen by number keeps the number as its {@code targetPort}.
     */
    static List<ExposedPort> exposedPorts(Workload<?> workload, List<ServicePort> chosen) {
        List<ContainerPort> ports = workload.containers().stream().flatMap(c -> c.ports().stream()).toList();
        if (chosen.isEmpty()) {
            return ports.stream().map(p -> new ExposedPort(p.name(), p.number(), new IntOrString(p.name()),
                    p.protocol())).toList();
        }
        return chosen.stream().map(p -> {
            Optional<ContainerPort> found = ports.stream().filter(c -> p.target().isNamed()
                    ? c.name().equals(p.portName()) : c.number() == p.target().number()).findFirst();
            String name = found.map(ContainerPort::name).orElse(p.target().toString());
            int number = p.port() != 0 ? p.port() : found.map(ContainerPort::number).orElse(p.target().number());
            IntOrString target = p.target().isNamed() ? new IntOrString(p.portName())
                    : new IntOrString(p.target().number());
            return new ExposedPort(name, number, target, found.map(ContainerPort::protocol).orElse(Protocol.TCP));
        }).toList();
    }

    /** A rendered Service port: {@code name}, {@code port}, {@code targetPort} and {@code protocol}. */
    record ExposedPort(String name, int port, IntOrString target, Protocol protocol) {
    }
}
