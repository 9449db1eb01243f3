package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Liveness, readiness and startup probes: on containers that run alongside others, on ports they have, in range,
 * with header names and success thresholds the API server accepts.
 */
public final class ProbeRules implements RuleSet {

    /** A probe naming a port the container does not have. */
    public static final RuleInfo UNKNOWN_PORT = RuleInfo.error("probe.unknown-port",
            "a probe names a port of its own container",
            "the kubelet resolves a named probe port in the container only; an unknown name fails every probe, so"
                    + " the container is restarted (liveness) or never ready (readiness)");
    /** An exec probe without a command. */
    public static final RuleInfo EXEC_COMMAND = RuleInfo.error("probe.exec-command",
            "an exec probe names a program to run", "an exec probe without command fails every time");
    /** A probe timing out of range. */
    public static final RuleInfo TIMING = RuleInfo.error("probe.timing",
            "probe delays are 0 or more; periods, timeouts and thresholds are 1 or more",
            "the API server rejects a probe with any other timing");
    /** A probe on an init container. */
    public static final RuleInfo INIT_CONTAINER = RuleInfo.error("probe.init-container",
            "init containers have no liveness, readiness or startup probe",
            "an init container runs to completion before the others start, and the API server rejects its probes");

    /** A liveness or startup probe that needs more than one success. */
    public static final RuleInfo SUCCESS_THRESHOLD = RuleInfo.error("probe.success-threshold",
            "a liveness or startup probe has a successThreshold of 1",
            "the API server rejects any other successThreshold on a liveness or startup probe: one success ends a"
                    + " startup and keeps a container alive; only readiness may ask for more");
    /** An HTTP probe header whose name Kubernetes rejects. */
    public static final RuleInfo HTTP_HEADER = RuleInfo.error("probe.http-header",
            "an HTTP probe header's name is letters, digits and '-'",
            "the API server rejects a probe with any other httpHeaders name");
    /** A gRPC probe on a port number the container does not declare. */
    public static final RuleInfo GRPC_PORT = RuleInfo.warning("probe.grpc-port",
            "a gRPC probe calls a port its container declares",
            "grpc.port is a number (no named port), and the kubelet calls it whatever the container declares: a number"
                    + " no port of the container has is most often a typo or a stale port, and fails every probe");

    private static final Pattern HEADER_NAME = Pattern.compile("[-A-Za-z0-9]+");

    @Override
    public List<RuleInfo> rules() {
        return List.of(INIT_CONTAINER, UNKNOWN_PORT, NameChecks.PORT_NUMBER, EXEC_COMMAND, TIMING, SUCCESS_THRESHOLD,
                HTTP_HEADER, GRPC_PORT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodContainers.forEach(set, findings, visit -> {
            Container container = visit.container();
            check(visit, container.getLivenessProbe(), "livenessProbe");
            check(visit, container.getReadinessProbe(), "readinessProbe");
            check(visit, container.getStartupProbe(), "startupProbe");
        });
    }

    private static void check(PodContainers.Visit visit, Probe probe, String field) {
        if (probe == null) {
            return;
        }
        String action = action(probe);
        if (visit.init()) {
            visit.scope().report(INIT_CONTAINER, field, action,
                    "an init container runs to completion before the other containers start, so the API server"
                            + " rejects probes on it",
                    Fix.of("move the probe to a container added with .container(...), or remove it",
                            "move the probe to a container of spec.containers, or remove it"));
        }
        Findings.On scope = visit.scope().field(field);
        IntOrString port = port(probe);
        if (port != null && port.getStrVal() != null) {
            checkNamedPort(visit, scope, action + ".port", port.getStrVal());
        } else if (port != null && port.getIntVal() != null) {
            Names.checkPortNumber(scope, action + ".port", port.getIntVal());
        }
        if (probe.getExec() != null) {
            List<String> command = probe.getExec().getCommand() == null ? List.of() : probe.getExec().getCommand();
            if (command.isEmpty() || command.get(0) == null || command.get(0).isBlank()) {
                scope.report(EXEC_COMMAND, "exec.command",
                        String.join(" ", command.stream().map(c -> Objects.requireNonNullElse(c, "")).toList()),
                        "an exec probe needs a command to run",
                        Fix.of("name the program, e.g. exec(\"pg_isready\")",
                                "name the program, e.g. command: [pg_isready]"));
            }
        }
        checkTiming(scope, "initialDelaySeconds", probe.getInitialDelaySeconds(), 0);
        checkTiming(scope, "periodSeconds", probe.getPeriodSeconds(), 1);
        checkTiming(scope, "timeoutSeconds", probe.getTimeoutSeconds(), 1);
        checkTiming(scope, "failureThreshold", probe.getFailureThreshold(), 1);
        checkTiming(scope, "successThreshold", probe.getSuccessThreshold(), 1);
        Integer successes = probe.getSuccessThreshold();
        if (successes != null && successes > 1 && !field.equals("readinessProbe")) {
            scope.report(SUCCESS_THRESHOLD, "successThreshold", successes,
                    "must be 1 on a " + (field.equals("livenessProbe") ? "liveness" : "startup") + " probe",
                    Fix.of("leave successThreshold out (it is 1), or move the probe to readiness(...)",
                            "set successThreshold: 1 or leave it out, or make it a readinessProbe"));
        }
        if (probe.getHttpGet() != null && probe.getHttpGet().getHttpHeaders() != null) {
            for (HTTPHeader header : probe.getHttpGet().getHttpHeaders()) {
                if (header != null && (header.getName() == null || !HEADER_NAME.matcher(header.getName()).matches())) {
                    scope.report(HTTP_HEADER, "httpGet.httpHeaders[" + header.getName() + "].name", header.getName(),
                            "is not an HTTP header name Kubernetes accepts: letters, digits and '-'",
                            Fix.of("use a name such as \"X-Probe\""));
                }
            }
        }
        if (probe.getGrpc() != null && probe.getGrpc().getPort() != null) {
            checkGrpcPort(visit, scope, probe.getGrpc().getPort());
        }
    }

    private static void checkGrpcPort(PodContainers.Visit visit, Findings.On scope, int port) {
        Names.checkPortNumber(scope, "grpc.port", port);
        List<ContainerPort> ports = visit.container().getPorts() == null ? List.of() : visit.container().getPorts();
        List<Integer> declared = ports.stream().filter(Objects::nonNull).map(ContainerPort::getContainerPort)
                .filter(Objects::nonNull).toList();
        if (port >= 1 && port <= 65535 && !declared.contains(port)) {
            scope.report(GRPC_PORT, "grpc.port", port, "container " + visit.container().getName()
                            + " declares no port of this number; it declares " + declared,
                    Fix.of("add .port(\"grpc\", " + port + ") to the container, or probe a port it declares",
                            "add containerPort " + port + " to the container's ports, or probe a port it declares"));
        }
    }

    private static void checkNamedPort(PodContainers.Visit visit, Findings.On scope, String field, String name) {
        List<String> ports = PodContainers.names(visit.container().getPorts(), p -> p.getName()).stream()
                .filter(Objects::nonNull).toList();
        if (!ports.contains(name)) {
            String container = visit.container().getName();
            scope.report(UNKNOWN_PORT, field, name, "container " + container + " has no port of this name; it has "
                            + ports,
                    Fix.of("add .port(\"" + name + "\", <number>) to the container, or probe a port it has",
                            "add a port named " + name + " to the container's ports, or probe a port it has"));
        }
    }

    /** The field the probe's action is in: {@code httpGet}, {@code tcpSocket}, {@code grpc} or {@code exec}. */
    private static String action(Probe probe) {
        if (probe.getHttpGet() != null) {
            return "httpGet";
        }
        if (probe.getTcpSocket() != null) {
            return "tcpSocket";
        }
        return probe.getGrpc() != null ? "grpc" : "exec";
    }

    private static IntOrString port(Probe probe) {
        if (probe.getHttpGet() != null) {
            return probe.getHttpGet().getPort();
        }
        return probe.getTcpSocket() != null ? probe.getTcpSocket().getPort() : null;
    }

    private static void checkTiming(Findings.On scope, String field, Integer value, int minimum) {
        if (value != null && value < minimum) {
            scope.report(TIMING, field, value, "must be at least " + minimum,
                    Fix.of("use " + minimum + " or more, or leave it to the Kubernetes default"));
        }
    }
}
