package io.manifesto.workload;

import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.security.SecurityDefault;
import io.manifesto.validate.Annotations;
import io.manifesto.validate.IpAddresses;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The rules every workload obeys: names, containers, ports, probes, mounts, security, replicas, its Service. */
public final class WorkloadRules {

    /** Rule id: a workload without containers. */
    public static final String NO_CONTAINERS = "workload.no-containers";
    /**
     * Rule id: two workloads of different kinds with one name. Their pods would carry the same selector labels
     * ({@code app.kubernetes.io/name} is the workload's name), so each one's Service and budget would select both.
     */
    public static final String DUPLICATE_NAME = "workload.duplicate-name";
    /** Rule id: two containers of a pod with one name. */
    public static final String DUPLICATE_CONTAINER = "container.duplicate-name";
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
    /** Rule id: a downwardAPI volume without files, or a file without path or field, or a path leaving the volume. */
    public static final String DOWNWARD_API = "volume.downward-api";
    /** Rule id: a downwardAPI volume file showing a pod field such a volume does not offer. */
    public static final String DOWNWARD_API_FIELD = "volume.downward-api-field";
    /** Rule id: a host alias without IP or hostnames, or whose IP is not an IP address. */
    public static final String HOST_ALIAS = "pod.host-alias";
    /** Rule id: a replica count on a DaemonSet, which runs one pod per node. */
    public static final String DAEMONSET_REPLICAS = "daemonset.replicas";
    /** Rule id: two mounts of one container at one path. */
    public static final String DUPLICATE_MOUNT_PATH = "volume.duplicate-mount-path";
    /** Rule id: an env var reading a pod field the downward API does not offer. */
    public static final String ENV_FIELD_PATH = "env.field-path";
    /** Rule id: two service ports with one name, or with one number and protocol. */
    public static final String DUPLICATE_SERVICE_PORT = "service.duplicate-port";
    /** Rule id: a Service type asked of a workload whose Service is headless (a StatefulSet). */
    public static final String HEADLESS_SERVICE_TYPE = "service.headless-type";
    /**
     * Rule id: a port of a headless Service (a StatefulSet's) on another number than the container port it names;
     * a headless Service is not proxied, so clients reach the pods on the container port only.
     */
    public static final String HEADLESS_SERVICE_PORT = "service.headless-port";
    /** Rule id: a capability name that is not a Linux capability name. */
    public static final String CAPABILITY = "security.capability";
    /** Rule id: a negative termination grace period. */
    public static final String GRACE_PERIOD = "pod.grace-period";
    /** Rule id (warning): a hostPath volume on a workload that otherwise meets the Pod Security Standards. */
    public static final String HOST_PATH_RESTRICTED = "security.host-path";
    /** Rule id (warning): two env entries of one container with one name; the last wins. */
    public static final String DUPLICATE_ENV = "env.duplicate-name";
    /** Rule id (warning): host networking on a workload that otherwise meets the Pod Security Standards. */
    public static final String HOST_NETWORK_RESTRICTED = "security.host-network";
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
    /** Rule id: a user or group id outside 0..2147483647 ({@code runAsUser}, {@code runAsGroup}, {@code fsGroup}). */
    public static final String ID_RANGE = "security.id-range";
    /** Rule id: {@code CAP_SYS_ADMIN} added while privilege escalation is forbidden; the API server rejects both. */
    public static final String SYS_ADMIN_ESCALATION = "security.sys-admin-escalation";
    /**
     * Rule id (warning): a capability other than {@code NET_BIND_SERVICE} added while the defaults drop all
     * others; the Pod Security Standard "restricted" that the defaults otherwise meet forbids it.
     */
    public static final String CAPABILITY_RESTRICTED = "security.capability-restricted";

    private WorkloadRules() {
    }

    /** Checks {@code workload} inside {@code model}, reporting into {@code problems}. */
    public static void validate(Workload<?> workload, Model model, Problems problems) {
        Problems.Scope scope = problems.at(workload.id().toString());
        Names.checkDns1123Subdomain(scope, "metadata.name", workload.name());
        workload.checkNameLength(scope);
        workload.missingValues().forEach(missing -> missing.report(scope));
        checkSameName(workload, model, scope);
        checkMetadata(scope, "metadata", workload.labels(), workload.annotations());
        Annotations.checkSize(scope, "metadata.annotations", PodRenderer.annotations(workload));
        workload.version().ifPresent(version -> Names.checkLabelValue(scope,
                "metadata.labels." + Labels.VERSION, version));
        checkPodReferences(workload, scope.field("spec.template.spec"));
        Problems.Scope pod = scope.field("spec.template");
        Problems.Scope podSpec = pod.field("spec");
        checkMetadata(pod, "metadata", Map.of(), workload.podAnnotations());
        Annotations.checkSize(pod, "metadata.annotations", workload.podAnnotations());
        if (workload.containers().isEmpty()) {
            podSpec.error(NO_CONTAINERS, "containers", null, "a workload needs at least one container",
                    "add one with .container(container(\"app\").image(\"...\"))");
        }
        checkVolumes(workload, podSpec);
        Set<String> containerNames = new HashSet<>();
        Set<String> portNames = new HashSet<>();
        ContainerRules.check(workload, workload.containers(), "containers", model, podSpec, containerNames,
                portNames);
        ContainerRules.check(workload, workload.initContainers(), "initContainers", model, podSpec, containerNames,
                portNames);
        SecurityRules.check(workload, scope, podSpec);
        ServiceRules.check(workload, problems, workload instanceof StatefulSet);
        // a trait added twice is checked once: its problems are the same
        workload.traits().stream().distinct().forEach(trait -> trait.validate(workload, model, pod));
    }

    /** Only the later of two such workloads reports, naming the earlier one. */
    private static void checkSameName(Workload<?> workload, Model model, Problems.Scope scope) {
        for (Workload<?> other : model.components(Workload.class)) {
            if (other == workload) {
                return;
            }
            if (other.name().equals(workload.name()) && !other.kind().equals(workload.kind())) {
                scope.error(DUPLICATE_NAME, "metadata.name", workload.name(), other.id() + " has the same name, so"
                                + " the pods of both carry the selector labels app.kubernetes.io/name: "
                                + workload.name() + " and the same instance, and the Service or disruption budget of"
                                + " either one selects the pods of both",
                        "rename one of them");
                return;
            }
        }
    }

    private static void checkMetadata(Problems.Scope scope, String field, Map<String, String> labels,
                                      Map<String, String> annotations) {
        labels.forEach((key, value) -> {
            Names.checkLabelKey(scope, field + ".labels", key);
            Labels.checkNotDerived(scope, field + ".labels", key);
            Names.checkLabelValue(scope, field + ".labels." + key, value);
        });
        annotations.keySet().forEach(key -> Names.checkLabelKey(scope, field + ".annotations", key));
    }

    private static void checkPodReferences(Workload<?> workload, Problems.Scope podSpec) {
        workload.serviceAccount().ifPresent(account ->
                Names.checkDns1123Subdomain(podSpec, "serviceAccountName", account));
        workload.imagePullSecrets().forEach(secret ->
                Names.checkDns1123Subdomain(podSpec, "imagePullSecrets[" + secret + "].name", secret));
        workload.terminationGracePeriodSeconds().filter(seconds -> seconds < 0).ifPresent(seconds ->
                podSpec.error(GRACE_PERIOD, "terminationGracePeriodSeconds", seconds,
                        "a grace period cannot be negative", "use 0 (stop at once) or more"));
        if (workload.usesHostNetwork() && workload.hasSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT)) {
            podSpec.warning(HOST_NETWORK_RESTRICTED, "hostNetwork", true,
                    "host networking breaks the Pod Security Standards (baseline and restricted) that the security"
                            + " defaults otherwise meet, so namespaces enforcing them reject the pods",
                    "drop .hostNetwork(), or suppress this warning with the reason the node's network is needed");
        }
        for (Volume volume : workload.volumes()) {
            if (volume instanceof Volume.HostPath hostPath
                    && workload.hasSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT)) {
                podSpec.warning(HOST_PATH_RESTRICTED, "volumes[" + volume.name() + "].hostPath.path", hostPath.path(),
                        "a hostPath volume breaks the Pod Security Standards (baseline and restricted) that the"
                                + " security defaults otherwise meet, so namespaces enforcing them reject the pods",
                        "use another volume type, or suppress this warning with the reason the node's files are"
                                + " needed");
            }
        }
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
            if (volume instanceof Volume.FromConfigMap ref) {
                Names.checkDns1123Subdomain(podSpec, field + ".configMap.name", ref.configMap());
            } else if (volume instanceof Volume.FromSecret ref) {
                Names.checkDns1123Subdomain(podSpec, field + ".secret.secretName", ref.secret());
            } else if (volume instanceof Volume.FromClaim ref) {
                Names.checkDns1123Subdomain(podSpec, field + ".persistentVolumeClaim.claimName", ref.claimName());
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
            checkHostAlias(workload.hostAliases().get(i), podSpec, "hostAliases[" + i + "]");
        }
    }

    private static void checkHostAlias(HostAlias alias, Problems.Scope podSpec, String field) {
        if (alias.ip().isBlank() || alias.hostnames().isEmpty()
                || alias.hostnames().stream().anyMatch(String::isBlank)) {
            podSpec.error(HOST_ALIAS, field, "ip=" + alias.ip() + " hostnames=" + alias.hostnames(),
                    "a host alias needs an IP address and at least one non-blank hostname",
                    "write it like .hostAlias(\"10.0.0.5\", \"db.internal\")");
            return;
        }
        if (!IpAddresses.isIpAddress(alias.ip())) {
            podSpec.error(HOST_ALIAS, field + ".ip", alias.ip(), "is not an IPv4 or IPv6 address",
                    "write the address, e.g. \"10.0.0.5\"; names go in the hostnames");
        }
        alias.hostnames().forEach(hostname -> Names.checkDns1123Subdomain(podSpec, field + ".hostnames", hostname));
    }

    private static void checkDownwardApi(Volume.DownwardApi volume, Problems.Scope podSpec, String field) {
        if (volume.files().isEmpty()) {
            podSpec.error(DOWNWARD_API, field + ".downwardAPI.items", null,
                    "a downwardAPI volume without files mounts an empty directory",
                    "name at least one file, e.g. Map.of(\"labels\", \"metadata.labels\")");
        }
        volume.files().forEach((path, fieldPath) -> {
            String item = field + ".downwardAPI.items[" + path + "]";
            if (path.isBlank() || path.startsWith("/") || fieldPath == null || fieldPath.isBlank()) {
                podSpec.error(DOWNWARD_API, item, fieldPath,
                        "each file needs a relative path and the pod field it shows",
                        "write it like Map.of(\"labels\", \"metadata.labels\")");
                return;
            }
            // the kubelet writes its own entries (..data, ..2024_01_01...) beside the files: names starting ".." are
            // reserved, and ".." elements would leave the volume
            if (path.startsWith("..") || Arrays.asList(path.split("/")).contains("..")) {
                podSpec.error(DOWNWARD_API, item + ".path", path,
                        "a file path must stay inside the volume: no '..' element, and no '..' at its start, which"
                                + " the kubelet keeps for its own files",
                        "use a path inside the volume, e.g. \"labels\" or \"pod/labels\"");
            }
            if (!PodFields.forVolume(fieldPath)) {
                podSpec.error(DOWNWARD_API_FIELD, item + ".fieldRef.fieldPath", fieldPath,
                        "is not a pod field a downwardAPI volume can show",
                        "use one of " + PodFields.volumeChoices() + "; read the node name, the service account or"
                                + " the IPs into an env var with EnvVar.fromField(...)");
            }
        });
    }

}
