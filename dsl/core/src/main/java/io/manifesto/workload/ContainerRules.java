package io.manifesto.workload;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of each container: name, image, ports, resources, environment, probes and mounts. */
final class ContainerRules {

    private static final Pattern ENV = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    private ContainerRules() {
    }

    static void check(Workload<?> workload, List<Container> containers, String list, Model model,
                                        Problems.Scope podSpec, Set<String> containerNames, Set<String> portNames) {
        for (Container container : containers) {
            String path = list + "[" + container.name() + "]";
            Problems.Scope scope = podSpec.field(path);
            Names.checkDns1123Label(scope, "name", container.name());
            container.missingValues().forEach(missing -> missing.report(scope));
            if (!containerNames.add(container.name())) {
                scope.error(WorkloadRules.DUPLICATE_CONTAINER, "name", container.name(),
                        "two containers of the pod share this name", "rename one of them");
            }
            for (ContainerPort port : container.ports()) {
                String field = "ports[" + port.name() + "]";
                Names.checkPortName(scope, field + ".name", port.name());
                Names.checkPortNumber(scope, field + ".containerPort", port.number());
                if (!portNames.add(port.name())) {
                    scope.error(WorkloadRules.DUPLICATE_PORT, field + ".name", port.name(),
                            "two ports of the pod share this name", "rename one of them");
                }
            }
            checkEnv(container, model, scope);
            checkDuplicateNames(container, scope);
            container.liveness().ifPresent(p -> checkProbe(container, p, scope, "livenessProbe", list));
            container.readiness().ifPresent(p -> checkProbe(container, p, scope, "readinessProbe", list));
            container.startup().ifPresent(p -> checkProbe(container, p, scope, "startupProbe", list));
            Set<String> mountPaths = new HashSet<>();
            for (VolumeMount mount : container.mounts()) {
                String field = "volumeMounts[" + mount.volume() + "]";
                if (mount.mountPath() != null && !mountPaths.add(mount.mountPath())) {
                    scope.error(WorkloadRules.DUPLICATE_MOUNT_PATH, field + ".mountPath", mount.mountPath(),
                            "another mount of this container uses the same path, and the API server rejects that",
                            "mount each volume at its own path");
                }
                if (!workload.mountableVolumes().contains(mount.volume())) {
                    scope.error(WorkloadRules.UNKNOWN_VOLUME, field + ".name", mount.volume(),
                            "the pod has no volume of this name; it has " + workload.mountableVolumes(),
                            "add .volume(...) with this name to " + workload.id() + ", or mount one it has");
                }
                if (mount.mountPath() == null || !mount.mountPath().startsWith("/")) {
                    scope.error(WorkloadRules.MOUNT_PATH, field + ".mountPath", mount.mountPath(), "a mount path must be absolute",
                            "start it with '/', e.g. \"/data\"");
                }
            }
        }
    }

    private static void checkEnv(Container container, Model model, Problems.Scope scope) {
        for (EnvVar variable : container.env()) {
            String field = "env[" + variable.name() + "]";
            if (variable.name() == null || !ENV.matcher(variable.name()).matches()) {
                scope.error(WorkloadRules.ENV_NAME, field + ".name", variable.name(),
                        "is not a valid environment variable name: letters, digits, '-', '_' and '.',"
                                + " not starting with a digit",
                        "use a name such as \"LOG_LEVEL\"");
            }
            checkReference(variable, scope, field);
            if (variable instanceof EnvVar.FromConfigMap ref) {
                model.component(new ResourceId("ConfigMap", ref.configMap()), ConfigMap.class)
                        .filter(configMap -> !configMap.keys().contains(ref.key()))
                        .ifPresent(configMap -> scope.error(WorkloadRules.ENV_UNKNOWN_KEY, field + ".valueFrom.configMapKeyRef.key",
                                ref.key(), "ConfigMap/" + ref.configMap() + " of this application has no such key;"
                                        + " it has " + configMap.keys(),
                                "add .entry(\"" + ref.key() + "\", ...) to the ConfigMap, or read a key it has"));
            }
        }
    }

    private static void checkProbe(Container container, Probe probe, Problems.Scope containerScope, String field,
                                   String list) {
        if (list.equals("initContainers")) {
            containerScope.error(Probe.INIT_CONTAINER_RULE, field, kind(probe.action()),
                    "an init container runs to completion before the other containers start, so the API server"
                            + " rejects probes on it",
                    "move the probe to a container added with .container(...), or remove it");
        }
        checkProbe(container, probe, containerScope.field(field));
    }

    private static void checkProbe(Container container, Probe probe, Problems.Scope scope) {
        TargetPort port = null;
        if (probe.action() instanceof ProbeAction.HttpGet http) {
            port = http.port();
        } else if (probe.action() instanceof ProbeAction.TcpSocket tcp) {
            port = tcp.port();
        }
        String field = kind(probe.action()) + ".port";
        if (port != null && port.isNamed() && container.port(port.name()).isEmpty()) {
            scope.error(WorkloadRules.PROBE_UNKNOWN_PORT, field, port.name(),
                    "container " + container.name() + " has no port of this name; it has "
                            + container.ports().stream().map(ContainerPort::name).toList(),
                    "add .port(\"" + port.name() + "\", <number>) to the container, or probe a port it has");
        } else if (port != null && !port.isNamed()) {
            Names.checkPortNumber(scope, field, port.number());
        }
        if (probe.action() instanceof ProbeAction.Exec exec && (exec.command().isEmpty()
                || exec.command().get(0).isBlank())) {
            scope.error(WorkloadRules.PROBE_EXEC_COMMAND, "exec.command", String.join(" ", exec.command()),
                    "an exec probe needs a command to run", "name the program, e.g. exec(\"pg_isready\")");
        }
        checkTiming(scope, "initialDelaySeconds", probe.initialDelaySeconds(), 0);
        checkTiming(scope, "periodSeconds", probe.periodSeconds(), 1);
        checkTiming(scope, "timeoutSeconds", probe.timeoutSeconds(), 1);
        checkTiming(scope, "failureThreshold", probe.failureThreshold(), 1);
    }

    /** The field {@code action} renders to: {@code httpGet}, {@code tcpSocket} or {@code exec}. */
    private static String kind(ProbeAction action) {
        if (action instanceof ProbeAction.HttpGet) {
            return "httpGet";
        }
        return action instanceof ProbeAction.TcpSocket ? "tcpSocket" : "exec";
    }

    private static void checkTiming(Problems.Scope scope, String field, Integer value, int minimum) {
        if (value != null && value < minimum) {
            scope.error(Probe.TIMING_RULE, field, value, "must be at least " + minimum,
                    "use " + minimum + " or more, or leave it to the Kubernetes default");
        }
    }

    private static void checkDuplicateNames(Container container, Problems.Scope scope) {
        Set<String> names = new HashSet<>();
        for (EnvVar variable : container.env()) {
            if (variable.name() != null && !names.add(variable.name())) {
                scope.warning(WorkloadRules.DUPLICATE_ENV, "env[" + variable.name() + "]", variable.name(),
                        "the container sets this variable more than once, and only the last entry counts",
                        "keep one entry for " + variable.name());
            }
        }
    }

    private static void checkReference(EnvVar variable, Problems.Scope scope, String field) {
        if (variable instanceof EnvVar.FromConfigMap ref) {
            Names.checkDns1123Subdomain(scope, field + ".valueFrom.configMapKeyRef.name", ref.configMap());
            Names.checkDataKey(scope, field + ".valueFrom.configMapKeyRef.key", ref.key());
        } else if (variable instanceof EnvVar.FromSecret ref) {
            Names.checkDns1123Subdomain(scope, field + ".valueFrom.secretKeyRef.name", ref.secret());
            Names.checkDataKey(scope, field + ".valueFrom.secretKeyRef.key", ref.key());
        } else if (variable instanceof EnvVar.FromField ref && !PodFields.forEnv(ref.fieldPath())) {
            scope.error(WorkloadRules.ENV_FIELD_PATH, field + ".valueFrom.fieldRef.fieldPath", ref.fieldPath(),
                    "is not a pod field an environment variable can read",
                    "use one of " + PodFields.envChoices());
        }
    }
}
