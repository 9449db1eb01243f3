package io.manifesto.workload;

import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.validate.Annotations;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Map;

/**
 * The rules a workload value obeys where the user writes it: its name and metadata, the nulls handed to it, the
 * security opt-out reasons, its Service and traits. What its pods ask for is checked on the rendered objects, by
 * the rule sets of {@code io.manifesto.workload.rules}.
 */
public final class WorkloadRules {

    /** Rule id: a replica count on a DaemonSet, which runs one pod per node. */
    public static final String DAEMONSET_REPLICAS = "daemonset.replicas";
    /** Rule id: a Service type asked of a workload whose Service is headless (a StatefulSet). */
    public static final String HEADLESS_SERVICE_TYPE = "service.headless-type";
    /** Rule id (warning) of {@code PodSecurityRules.HOST_PATH}, checked on the rendered pods; kept for references. */
    public static final String HOST_PATH_RESTRICTED = "security.host-path";
    /** Rule id (warning) of {@code PodSecurityRules.HOST_NETWORK}, checked on the rendered pods; kept for references. */
    public static final String HOST_NETWORK_RESTRICTED = "security.host-network";
    /** Rule id: a Service was asked for but no container has a port. */
    public static final String SERVICE_NO_PORTS = "service.no-ports";
    /** Rule id: headers given to a probe that is not an HTTP GET, which has no field for them. */
    public static final String PROBE_HEADERS_WITHOUT_HTTP = "probe.headers-without-http";
    /** Rule id of {@code ServiceTargetRules.UNKNOWN_PORT}, which a Service value also reports for a port number. */
    public static final String SERVICE_UNKNOWN_PORT = "service.unknown-port";
    /** Rule id: a security default switched off without a reason. */
    public static final String OPT_OUT_REASON = "security.opt-out-reason";

    private WorkloadRules() {
    }

    /** Checks {@code workload} inside {@code model}, reporting into {@code problems}. */
    public static void validate(Workload<?> workload, Model model, Problems problems) {
        Problems.Scope scope = problems.at(workload.id().toString());
        Names.checkDns1123Subdomain(scope, "metadata.name", workload.name());
        workload.checkNameLength(scope);
        workload.missingValues().forEach(missing -> missing.report(scope));
        checkMetadata(scope, "metadata", workload.labels(), workload.annotations());
        Annotations.checkSize(scope, "metadata.annotations", PodRenderer.annotations(workload));
        workload.version().ifPresent(version -> Names.checkLabelValue(scope,
                "metadata.labels." + Labels.VERSION, version));
        Problems.Scope pod = scope.field("spec.template");
        Problems.Scope podSpec = pod.field("spec");
        checkMetadata(pod, "metadata", Map.of(), workload.podAnnotations());
        Annotations.checkSize(pod, "metadata.annotations", workload.podAnnotations());
        // what a container asks for is checked on the rendered pod (io.manifesto.workload.rules); a null given to
        // a container's method is only in the DSL value
        reportMissing(workload.containers(), "containers", podSpec);
        reportMissing(workload.initContainers(), "initContainers", podSpec);
        SecurityRules.check(workload, scope);
        ServiceRules.check(workload, problems, workload instanceof StatefulSet);
        // a trait added twice is checked once: its problems are the same
        workload.traits().stream().distinct().forEach(trait -> trait.validate(workload, model, pod));
    }

    private static void reportMissing(List<Container> containers, String list, Problems.Scope podSpec) {
        for (Container container : containers) {
            Problems.Scope scope = podSpec.field(list + "[" + container.name() + "]");
            container.missingValues().forEach(missing -> missing.report(scope));
            checkProbeHeaders(scope, "livenessProbe", container.liveness());
            checkProbeHeaders(scope, "readinessProbe", container.readiness());
            checkProbeHeaders(scope, "startupProbe", container.startup());
        }
    }

    private static void checkProbeHeaders(Problems.Scope container, String field, java.util.Optional<Probe> probe) {
        probe.filter(p -> !p.headers().isEmpty() && !(p.action() instanceof ProbeAction.HttpGet))
                .ifPresent(p -> container.error(PROBE_HEADERS_WITHOUT_HTTP, field, p.headers().get(0).name(),
                        "only an httpGet probe sends headers, and this one is not: the headers would be lost",
                        "probe with httpGet(...) to send headers, or remove .header(...)"));
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
}
