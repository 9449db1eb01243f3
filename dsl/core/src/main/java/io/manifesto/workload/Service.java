package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Service (v1) of its own over a workload's pods, beside or instead of the one derived from the workload: it selects
 * the pods by the workload's selector (never labels typed by hand) and names each port after the container port it
 * targets. Any number of them may select one workload, e.g. a StatefulSet's headless governing Service and a ClusterIP
 * Service for its clients. Immutable: every method returns a new value.
 *
 * <pre>{@code
 * service("postgres-client", database).expose("postgres")                  // ClusterIP, on 5432
 * service("web-internal", web).type(ServiceType.LOAD_BALANCER).expose("http", 80)
 *     .annotation("service.beta.kubernetes.io/azure-load-balancer-internal", "true")
 *     .externalTrafficPolicy(ExternalTrafficPolicy.LOCAL)
 * }</pre>
 */
public final class Service implements SingleObjectComponent {

    private final String name;
    private final ResourceId workload;
    private final ServiceSettings settings;
    private final boolean headless;
    private final List<ServicePort> ports;
    private final Nulls missing;

    private Service(String name, ResourceId workload, ServiceSettings settings, boolean headless,
                    List<ServicePort> ports, Nulls missing) {
        this.name = Objects.requireNonNullElse(name, "");
        this.workload = workload;
        this.settings = settings;
        this.headless = headless;
        this.ports = List.copyOf(ports);
        this.missing = missing;
    }

    /**
     * The Service {@code name} ({@code metadata.name}, a DNS-1035 label) selecting the pods of {@code workload}
     * ({@code spec.selector}), a ClusterIP Service on every container port until {@link #expose} chooses.
     */
    public static Service selecting(String name, Workload<?> workload) {
        return new Service(name, workload == null ? null : workload.id(), ServiceSettings.DEFAULT, false, List.of(),
                Nulls.NONE.remember(workload, "spec.selector", "service(...)"));
    }

    private Service with(ServiceSettings settings) {
        return new Service(name, workload, settings, headless, ports, missing);
    }

    private Service missing(String field, String method) {
        return new Service(name, workload, settings, headless, ports, missing.with(new MissingValue(field, method)));
    }

    /** {@code spec.type} (ClusterIP when not asked). A headless Service takes no NodePort or LoadBalancer type. */
    public Service type(ServiceType type) {
        return type == null ? missing("spec.type", "type(...)") : with(settings.withType(type));
    }

    /** {@code spec.clusterIP: None}: no virtual IP; DNS returns the pods' addresses, and no proxy remaps ports. */
    public Service headless() {
        return new Service(name, workload, settings, true, ports, missing);
    }

    /** An annotation ({@code metadata.annotations}), e.g. for the cloud's load balancer. */
    public Service annotation(String key, String value) {
        return key == null || value == null ? missing("metadata.annotations", "annotation(...)")
                : with(settings.withAnnotation(key, value));
    }

    /** {@code spec.externalTrafficPolicy}: only for a NodePort or LoadBalancer Service. */
    public Service externalTrafficPolicy(ExternalTrafficPolicy policy) {
        return policy == null ? missing("spec.externalTrafficPolicy", "externalTrafficPolicy(...)")
                : with(settings.withExternalTrafficPolicy(policy));
    }

    /** {@code spec.sessionAffinity: ClientIP} and its timeout; not for a headless Service. */
    public Service sessionAffinity(SessionAffinity affinity) {
        return affinity == null ? missing("spec.sessionAffinity", "sessionAffinity(...)")
                : with(settings.withSessionAffinity(affinity));
    }

    /** Exposes the container port named {@code containerPort} on its own number. */
    public Service expose(String containerPort) {
        return expose(containerPort, 0);
    }

    /**
     * Exposes the container port named {@code containerPort} on {@code port}:
     * {@code spec.ports[]: {name: containerPort, port, targetPort: containerPort}}.
     */
    public Service expose(String containerPort, int port) {
        return containerPort == null ? missing("spec.ports", "expose(...)")
                : expose(TargetPort.named(containerPort), port);
    }

    /**
     * Exposes the container port numbered {@code containerPort} on {@code port}: {@code targetPort} is the number,
     * and the Service port is named after that container port.
     */
    public Service expose(int containerPort, int port) {
        return expose(TargetPort.number(containerPort), port);
    }

    private Service expose(TargetPort target, int port) {
        return new Service(name, workload, settings, headless, Nulls.append(ports, new ServicePort(target, port)),
                missing);
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** {@code Service/<name>}. */
    @Override
    public ResourceId id() {
        return new ResourceId("Service", name);
    }

    /** The workload whose pods it selects, if one was given. */
    public Optional<ResourceId> workload() {
        return Optional.ofNullable(workload);
    }

    /** The type, annotations and traffic settings asked. */
    public ServiceSettings settings() {
        return settings;
    }

    /** {@code true} for {@code clusterIP: None}. */
    public boolean isHeadless() {
        return headless;
    }

    /** The ports chosen; empty for every container port. */
    public List<ServicePort> ports() {
        return ports;
    }

    /**
     * A reference to this Service's port named after the container port {@code portName}, for ingress backends and
     * network policies.
     */
    public PortRef port(String portName) {
        return new PortRef(workload == null ? new ResourceId("", "") : workload, portName, name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Names.checkDns1035Label(scope, "metadata.name", name);
        missing.report(scope);
        settings.check(scope);
        ports.forEach(port -> {
            if (port.port() != 0) {
                Names.checkPortNumber(scope, "spec.ports[" + port.target() + "].port", port.port());
            }
        });
        if (workload == null) {
            return;
        }
        Optional<Workload<?>> selected = model.component(workload, Workload.class).map(w -> (Workload<?>) w);
        if (selected.isEmpty()) {
            scope.error(WorkloadDslRules.SERVICE_WORKLOAD.id(), "spec.selector", workload.name(),
                    "the Service selects the pods of " + workload + ", which the application does not contain",
                    "add " + workload + " to the application");
            return;
        }
        checkPorts(scope, selected.get());
    }

    /**
     * A port chosen by number is a container port of the workload (a named one is checked on the rendered Service,
     * as any Service's is: service.unknown-port); a Service that is not headless has a port.
     */
    private void checkPorts(Problems.Scope scope, Workload<?> selected) {
        List<ContainerPort> containerPorts = selected.containers().stream().flatMap(c -> c.ports().stream()).toList();
        if (containerPorts.isEmpty() && !headless) {
            scope.error(WorkloadRules.SERVICE_NO_PORTS, "spec.ports", null, "no container of " + selected.id()
                    + " has a port", "add .port(\"http\", 8080) to a container, or make the Service .headless()");
        }
        for (ServicePort port : ports) {
            int number = port.target().number();
            if (!port.target().isNamed() && containerPorts.stream().noneMatch(c -> c.number() == number)) {
                scope.error(WorkloadRules.SERVICE_UNKNOWN_PORT,
                        "spec.ports[" + number + "].targetPort", number,
                        "no container of " + selected.id() + " has port " + number,
                        "expose one of " + containerPorts.stream().map(ContainerPort::number).toList()
                                + ", or add the port to a container");
            }
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        Workload<?> selected = model.component(workload, Workload.class).map(w -> (Workload<?>) w).orElseThrow();
        return List.of(ServiceRenderer.render(name, selected, model, settings, headless, ports));
    }
}
