package io.manifesto.workload;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Model;
import io.manifesto.core.ReplicaOwner;
import io.manifesto.core.ResourceId;
import io.manifesto.security.SecurityDefault;
import io.manifesto.security.SecurityOptOut;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules every workload obeys: names, containers, ports, probes, mounts, security, replicas, its Service. */
public final class WorkloadRules {

    /** Rule id: a workload without containers. */
    public static final String NO_CONTAINERS = "workload.no-containers";
    /** Rule id: a negative replica count. */
    public static final String REPLICAS = "workload.replicas";
    /** Rule id: a replica count on a workload whose replicas an autoscaler owns. */
    public static final String REPLICAS_OWNED = "workload.replicas-owned";
    /** Rule id: two containers of a pod with one name. */
    public static final String DUPLICATE_CONTAINER = "container.duplicate-name";
    /** Rule id: a container without image. */
    public static final String IMAGE = "container.image";
    /** Rule id (warning): an image without a tag, or tagged {@code latest}. */
    public static final String IMAGE_LATEST = "container.image-latest";
    /** Rule id: two ports of a pod with one name. */
    public static final String DUPLICATE_PORT = "port.duplicate-name";
    /** Rule id: an environment variable name Kubernetes rejects. */
    public static final String ENV_NAME = "env.name";
    /** Rule id: an env var reads a key that the application's ConfigMap does not define. */
    public static final String ENV_UNKNOWN_KEY = "env.unknown-configmap-key";
    /** Rule id: a probe names a port the container does not have. */
    public static final String PROBE_UNKNOWN_PORT = "probe.unknown-port";
    /** Rule id: an exec probe without a command. */
    public static final String PROBE_EXEC_COMMAND = "probe.exec-command";
    /** Rule id: a mount names a volume the pod does not have. */
    public static final String UNKNOWN_VOLUME = "volume.unknown";
    /** Rule id: two volumes of a pod with one name. */
    public static final String DUPLICATE_VOLUME = "volume.duplicate-name";
    /** Rule id: a hostPath volume whose path is not absolute. */
    public static final String HOST_PATH = "volume.host-path";
    /** Rule id: a downwardAPI volume without files, or a file without path or field. */
    public static final String DOWNWARD_API = "volume.downward-api";
    /** Rule id: a host alias without IP or hostnames. */
    public static final String HOST_ALIAS = "pod.host-alias";
    /** Rule id: a replica count on a DaemonSet, which runs one pod per node. */
    public static final String DAEMONSET_REPLICAS = "daemonset.replicas";
    /** Rule id: a mount path that is not absolute. */
    public static final String MOUNT_PATH = "volume.mount-path";
    /** Rule id: the Service names a port no container has. */
    public static final String SERVICE_UNKNOWN_PORT = "service.unknown-port";
    /** Rule id: a Service was asked for but no container has a port. */
    public static final String SERVICE_NO_PORTS = "service.no-ports";
    /** Rule id: a security default switched off without a reason. */
    public static final String OPT_OUT_REASON = "security.opt-out-reason";
    /** Rule id: a privileged container while privilege escalation is forbidden. */
    public static final String PRIVILEGED = "security.privileged-escalation";
    /** Rule id: user 0 while the pod must run as non-root. */
    public static final String ROOT_USER = "security.root-user";

    private static final Pattern ENV = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    private WorkloadRules() {
    }

    /** Checks {@code workload} inside {@code model}, reporting into {@code problems}. */
    public static void validate(Workload<?> workload, Model model, Problems problems) {
        Problems.Scope scope = problems.at(workload.id().toString());
        Names.checkDns1123Subdomain(scope, "metadata.name", workload.name());
        workload.missingValues().forEach(missing -> missing.report(scope));
        checkMetadata(scope, "metadata", workload.labels(), workload.annotations());
        checkReplicas(workload, model, scope);
        Problems.Scope pod = scope.field("spec.template");
        Problems.Scope podSpec = pod.field("spec");
        checkMetadata(pod, "metadata", Map.of(), workload.podAnnotations());
        if (workload.containers().isEmpty()) {
            podSpec.error(NO_CONTAINERS, "containers", null, "a workload needs at least one container",
                    "add one with .container(container(\"app\").image(\"...\"))");
        }
        checkVolumes(workload, podSpec);
        Set<String> containerNames = new HashSet<>();
        Set<String> portNames = new HashSet<>();
        checkContainers(workload, workload.containers(), "containers", model, podSpec, containerNames, portNames);
        checkContainers(workload, workload.initContainers(), "initContainers", model, podSpec, containerNames,
                portNames);
        checkSecurity(workload, scope, podSpec);
        checkService(workload, problems);
        workload.traits().forEach(trait -> trait.validate(workload, model, pod));
    }

    private static void checkMetadata(Problems.Scope scope, String field, Map<String, String> labels,
                                      Map<String, String> annotations) {
        labels.forEach((key, value) -> {
            Names.checkLabelKey(scope, field + ".labels", key);
            Names.checkLabelValue(scope, field + ".labels." + key, value);
        });
        annotations.keySet().forEach(key -> Names.checkLabelKey(scope, field + ".annotations", key));
    }

    private static void checkReplicas(Workload<?> workload, Model model, Problems.Scope scope) {
        workload.replicas().ifPresent(replicas -> {
            if (replicas < 0) {
                scope.error(REPLICAS, "spec.replicas", replicas, "a replica count cannot be negative",
                        "use 0 or more");
            }
            for (ReplicaOwner owner : model.replicaOwners(workload.id())) {
                scope.error(REPLICAS_OWNED, "spec.replicas", replicas,
                        owner.owner() + " owns the replica count, so a fixed count would be reset on every apply",
                        "remove .replicas(" + replicas + ") from " + workload.id()
                                + " and set the range on " + owner.owner());
            }
        });
    }

    private static void checkVolumes(Workload<?> workload, Problems.Scope podSpec) {
        Set<String> seen = new HashSet<>();
        for (Volume volume : workload.volumes()) {
            String field = "volumes[" + volume.name() + "]";
            Names.checkDns1123Label(podSpec, field + ".name", volume.name());
            if (!seen.add(volume.name())) {
                podSpec.error(DUPLICATE_VOLUME, field + ".name", volume.name(),
                        "two volumes of the pod share this name", "rename one of them");
            }
            if (volume instanceof Volume.EmptyDir emptyDir && emptyDir.sizeLimit() != null) {
                emptyDir.sizeLimit().check(podSpec, field + ".emptyDir.sizeLimit", "1Gi");
            }
            if (volume instanceof Volume.HostPath hostPath
                    && (hostPath.path() == null || !hostPath.path().startsWith("/"))) {
                podSpec.error(HOST_PATH, field + ".hostPath.path", hostPath.path(),
                        "a hostPath volume needs an absolute path on the node",
                        "start it with '/', e.g. \"/var/log\"");
            }
            if (volume instanceof Volume.DownwardApi downward) {
                checkDownwardApi(downward, podSpec, field);
            }
        }
        for (int i = 0; i < workload.hostAliases().size(); i++) {
            HostAlias alias = workload.hostAliases().get(i);
            if (alias.ip().isBlank() || alias.hostnames().isEmpty()
                    || alias.hostnames().stream().anyMatch(String::isBlank)) {
                podSpec.error(HOST_ALIAS, "hostAliases[" + i + "]", "ip=" + alias.ip() + " hostnames=" + alias.hostnames(),
                        "a host alias needs an IP address and at least one non-blank hostname",
                        "write it like .hostAlias(\"10.0.0.5\", \"db.internal\")");
            }
        }
    }

    private static void checkDownwardApi(Volume.DownwardApi volume, Problems.Scope podSpec, String field) {
        if (volume.files().isEmpty()) {
            podSpec.error(DOWNWARD_API, field + ".downwardAPI.items", null,
                    "a downwardAPI volume without files mounts an empty directory",
                    "name at least one file, e.g. Map.of(\"labels\", \"metadata.labels\")");
        }
        volume.files().forEach((path, fieldPath) -> {
            if (path.isBlank() || path.startsWith("/") || fieldPath == null || fieldPath.isBlank()) {
                podSpec.error(DOWNWARD_API, field + ".downwardAPI.items[" + path + "]", fieldPath,
                        "each file needs a relative path and the pod field it shows",
                        "write it like Map.of(\"labels\", \"metadata.labels\")");
            }
        });
    }

    private static void checkContainers(Workload<?> workload, List<Container> containers, String list, Model model,
                                        Problems.Scope podSpec, Set<String> containerNames, Set<String> portNames) {
        for (Container container : containers) {
            String path = list + "[" + container.name() + "]";
            Problems.Scope scope = podSpec.field(path);
            Names.checkDns1123Label(scope, "name", container.name());
            container.missingValues().forEach(missing -> missing.report(scope));
            if (!containerNames.add(container.name())) {
                scope.error(DUPLICATE_CONTAINER, "name", container.name(),
                        "two containers of the pod share this name", "rename one of them");
            }
            if (container.image().filter(image -> !image.isBlank()).isEmpty()) {
                scope.error(IMAGE, "image", container.image().orElse(null), "the container has no image",
                        "set .image(\"registry/name:tag\")");
            } else if (isUnpinned(container.image().orElseThrow())) {
                scope.warning(IMAGE_LATEST, "image", container.image().orElseThrow(),
                        "the image is not pinned to a version, so each pod may run different code"
                                + " and the version label is missing",
                        "use a version tag or a digest, e.g. \"" + container.image().orElseThrow()
                                .replaceFirst(":latest$", "") + ":1.0.0\"");
            }
            for (ContainerPort port : container.ports()) {
                String field = "ports[" + port.name() + "]";
                Names.checkPortName(scope, field + ".name", port.name());
                Names.checkPortNumber(scope, field + ".containerPort", port.number());
                if (!portNames.add(port.name())) {
                    scope.error(DUPLICATE_PORT, field + ".name", port.name(),
                            "two ports of the pod share this name", "rename one of them");
                }
            }
            container.resources().validate(scope.field("resources"));
            checkEnv(container, model, scope);
            container.liveness().ifPresent(p -> checkProbe(container, p, scope.field("livenessProbe")));
            container.readiness().ifPresent(p -> checkProbe(container, p, scope.field("readinessProbe")));
            container.startup().ifPresent(p -> checkProbe(container, p, scope.field("startupProbe")));
            for (VolumeMount mount : container.mounts()) {
                String field = "volumeMounts[" + mount.volume() + "]";
                if (!workload.mountableVolumes().contains(mount.volume())) {
                    scope.error(UNKNOWN_VOLUME, field + ".name", mount.volume(),
                            "the pod has no volume of this name; it has " + workload.mountableVolumes(),
                            "add .volume(...) with this name to " + workload.id() + ", or mount one it has");
                }
                if (mount.mountPath() == null || !mount.mountPath().startsWith("/")) {
                    scope.error(MOUNT_PATH, field + ".mountPath", mount.mountPath(), "a mount path must be absolute",
                            "start it with '/', e.g. \"/data\"");
                }
            }
        }
    }

    private static boolean isUnpinned(String image) {
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        return !lastSegment.contains("@") && (!lastSegment.contains(":") || lastSegment.endsWith(":latest"));
    }

    private static void checkEnv(Container container, Model model, Problems.Scope scope) {
        for (EnvVar variable : container.env()) {
            String field = "env[" + variable.name() + "]";
            if (variable.name() == null || !ENV.matcher(variable.name()).matches()) {
                scope.error(ENV_NAME, field + ".name", variable.name(),
                        "is not a valid environment variable name: letters, digits, '-', '_' and '.',"
                                + " not starting with a digit",
                        "use a name such as \"LOG_LEVEL\"");
            }
            if (variable instanceof EnvVar.FromConfigMap ref) {
                model.component(new ResourceId("ConfigMap", ref.configMap()), ConfigMap.class)
                        .filter(configMap -> !configMap.keys().contains(ref.key()))
                        .ifPresent(configMap -> scope.error(ENV_UNKNOWN_KEY, field + ".valueFrom.configMapKeyRef.key",
                                ref.key(), "ConfigMap/" + ref.configMap() + " of this application has no such key;"
                                        + " it has " + configMap.keys(),
                                "add .entry(\"" + ref.key() + "\", ...) to the ConfigMap, or read a key it has"));
            }
        }
    }

    private static void checkProbe(Container container, Probe probe, Problems.Scope scope) {
        TargetPort port = null;
        if (probe.action() instanceof ProbeAction.HttpGet http) {
            port = http.port();
        } else if (probe.action() instanceof ProbeAction.TcpSocket tcp) {
            port = tcp.port();
        }
        String field = probe.action() instanceof ProbeAction.HttpGet ? "httpGet.port" : "tcpSocket.port";
        if (port != null && port.isNamed() && container.port(port.name()).isEmpty()) {
            scope.error(PROBE_UNKNOWN_PORT, field, port.name(),
                    "container " + container.name() + " has no port of this name; it has "
                            + container.ports().stream().map(ContainerPort::name).toList(),
                    "add .port(\"" + port.name() + "\", <number>) to the container, or probe a port it has");
        } else if (port != null && !port.isNamed()) {
            Names.checkPortNumber(scope, field, port.number());
        }
        if (probe.action() instanceof ProbeAction.Exec exec && (exec.command().isEmpty()
                || exec.command().get(0).isBlank())) {
            scope.error(PROBE_EXEC_COMMAND, "exec.command", String.join(" ", exec.command()),
                    "an exec probe needs a command to run", "name the program, e.g. exec(\"pg_isready\")");
        }
        checkTiming(scope, "initialDelaySeconds", probe.initialDelaySeconds(), 0);
        checkTiming(scope, "periodSeconds", probe.periodSeconds(), 1);
        checkTiming(scope, "timeoutSeconds", probe.timeoutSeconds(), 1);
        checkTiming(scope, "failureThreshold", probe.failureThreshold(), 1);
    }

    private static void checkTiming(Problems.Scope scope, String field, Integer value, int minimum) {
        if (value != null && value < minimum) {
            scope.error(Probe.TIMING_RULE, field, value, "must be at least " + minimum,
                    "use " + minimum + " or more, or leave it to the Kubernetes default");
        }
    }

    private static void checkSecurity(Workload<?> workload, Problems.Scope scope, Problems.Scope podSpec) {
        for (SecurityOptOut optOut : workload.securityOptOuts()) {
            if (optOut.reason().isBlank()) {
                scope.error(OPT_OUT_REASON, "metadata.annotations." + optOut.setting().optOutAnnotation(), "",
                        "switching off the security default " + optOut.setting() + " needs a written reason",
                        "say why, e.g. .withoutSecurityDefault(" + optOut.setting()
                                + ", \"the image must run as root\")");
            }
        }
        boolean nonRoot = workload.hasSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT);
        if (nonRoot && Long.valueOf(0).equals(workload.podSecurity().runAsUser())) {
            podSpec.error(ROOT_USER, "securityContext.runAsUser", 0,
                    "user 0 is root, and the security default runAsNonRoot makes the kubelet refuse to start it",
                    "run as another user, or switch off RUN_AS_NON_ROOT with a reason");
        }
        for (Container container : workload.allContainers()) {
            Problems.Scope c = podSpec.field("containers[" + container.name() + "].securityContext");
            if (container.security().isPrivileged()
                    && workload.hasSecurityDefault(SecurityDefault.NO_PRIVILEGE_ESCALATION)) {
                c.error(PRIVILEGED, "privileged", true,
                        "a privileged container cannot forbid privilege escalation, and the API server rejects both",
                        "drop .privileged(), or switch off NO_PRIVILEGE_ESCALATION with a reason");
            }
            if (nonRoot && Long.valueOf(0).equals(container.security().runAsUser())) {
                c.error(ROOT_USER, "runAsUser", 0,
                        "user 0 is root, and the security default runAsNonRoot makes the kubelet refuse to start it",
                        "run as another user, or switch off RUN_AS_NON_ROOT with a reason");
            }
        }
    }

    private static void checkService(Workload<?> workload, Problems problems) {
        Exposure exposure = workload.exposure();
        boolean hasPorts = workload.containers().stream().anyMatch(c -> !c.ports().isEmpty());
        if (!exposure.enabled() || (!hasPorts && exposure.ports().isEmpty()
                && exposure.type() == ServiceType.CLUSTER_IP)) {
            return;
        }
        Problems.Scope scope = problems.at("Service/" + workload.name());
        Names.checkDns1035Label(scope, "metadata.name", workload.name());
        if (!hasPorts) {
            scope.error(SERVICE_NO_PORTS, "spec.ports", null, "no container of " + workload.id() + " has a port",
                    "add .port(\"http\", 8080) to a container, or remove the service settings");
        }
        for (ServicePort port : exposure.ports()) {
            String field = "spec.ports[" + port.portName() + "]";
            Names.checkPortNumber(scope, field + ".port", port.port());
            boolean exists = workload.containers().stream().anyMatch(c -> c.port(port.portName()).isPresent());
            if (!exists) {
                scope.error(SERVICE_UNKNOWN_PORT, field + ".targetPort", port.portName(),
                        "no container of " + workload.id() + " has a port of this name",
                        "name one of " + workload.containers().stream().flatMap(c -> c.ports().stream())
                                .map(ContainerPort::name).toList() + ", or add the port to a container");
            }
        }
    }
}
