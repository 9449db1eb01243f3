package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;

/**
 * A pod's security context: user and group ids Kubernetes takes, no root user when the pod must run as non-root,
 * and no host access that breaks the Pod Security Standards the pod otherwise meets.
 */
public final class PodSecurityRules implements RuleSet {

    /** A user or group id outside 0..2147483647. */
    public static final RuleInfo ID_RANGE = RuleInfo.error("security.id-range",
            "user and group ids (runAsUser, runAsGroup, fsGroup) go from 0 to 2147483647",
            "the API server rejects any other id");
    /** User 0 while the pod must run as non-root. */
    public static final RuleInfo ROOT_USER = RuleInfo.error("security.root-user",
            "a pod or container that must run as non-root does not run as user 0",
            "with runAsNonRoot: true the kubelet refuses to start a container as user 0"
                    + " (CreateContainerConfigError)");
    /** Host networking on a pod that otherwise meets the Pod Security Standards. */
    public static final RuleInfo HOST_NETWORK = RuleInfo.warning("security.host-network",
            "a pod that runs as non-root does not use the node's network",
            "the Pod Security Standards baseline and restricted forbid hostNetwork, so namespaces enforcing them"
                    + " reject the pods");
    /** A hostPath volume on a pod that otherwise meets the Pod Security Standards. */
    public static final RuleInfo HOST_PATH = RuleInfo.warning("security.host-path",
            "a pod that runs as non-root mounts no hostPath volume",
            "the Pod Security Standards baseline and restricted forbid hostPath volumes, so namespaces enforcing them"
                    + " reject the pods");

    @Override
    public List<RuleInfo> rules() {
        return List.of(HOST_NETWORK, HOST_PATH, ID_RANGE, ROOT_USER);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource workload : set.workloads()) {
            PodTemplate pod = set.pods(workload).orElseThrow();
            PodSpec spec = pod.spec();
            Findings.On podSpec = findings.on(workload).field(pod.specPath());
            PodSecurityContext context = spec.getSecurityContext();
            boolean nonRoot = context != null && Boolean.TRUE.equals(context.getRunAsNonRoot());
            if (nonRoot && Boolean.TRUE.equals(spec.getHostNetwork())) {
                podSpec.report(HOST_NETWORK, "hostNetwork", true,
                        "host networking breaks the Pod Security Standards (baseline and restricted) that "
                                + otherwiseMet(podSpec) + ", so namespaces enforcing them reject the pods",
                        Fix.of("drop .hostNetwork(), or suppress this warning with the reason the node's network is"
                                + " needed", "remove hostNetwork: true, or suppress this warning with the reason the"
                                + " node's network is needed"));
            }
            if (nonRoot && spec.getVolumes() != null) {
                for (Volume volume : spec.getVolumes()) {
                    if (volume != null && volume.getHostPath() != null) {
                        podSpec.report(HOST_PATH, "volumes[" + volume.getName() + "].hostPath.path",
                                volume.getHostPath().getPath(),
                                "a hostPath volume breaks the Pod Security Standards (baseline and restricted) that "
                                        + otherwiseMet(podSpec) + ", so namespaces enforcing them reject the pods",
                                Fix.of("use another volume type, or suppress this warning with the reason the node's"
                                        + " files are needed"));
                    }
                }
            }
            if (context != null) {
                checkId(podSpec, "securityContext.runAsUser", context.getRunAsUser());
                checkId(podSpec, "securityContext.runAsGroup", context.getRunAsGroup());
                checkId(podSpec, "securityContext.fsGroup", context.getFsGroup());
                if (nonRoot && Long.valueOf(0).equals(context.getRunAsUser())) {
                    reportRoot(podSpec, "securityContext.runAsUser");
                }
            }
        }
    }

    /** Kubernetes takes user and group ids from 0 to 2^31-1, although the fields are 64-bit. */
    static void checkId(Findings.On scope, String field, Long id) {
        if (id != null && (id < 0 || id > Integer.MAX_VALUE)) {
            scope.report(ID_RANGE, field, id, "is not a user or group id Kubernetes accepts: ids go from 0 to"
                    + " 2147483647", Fix.of("use an id in that range, e.g. 1000"));
        }
    }

    /** What the pod meets but for the finding: the DSL's security defaults, or a manifest's security context. */
    static String otherwiseMet(Findings.On scope) {
        return scope.dslTerms() ? "the security defaults otherwise meet" : "the pod otherwise meets";
    }

    /** User 0 at {@code field}, where runAsNonRoot is in force. */
    static void reportRoot(Findings.On scope, String field) {
        scope.report(ROOT_USER, field, 0,
                "user 0 is root, and " + (scope.dslTerms() ? "the security default runAsNonRoot" : "runAsNonRoot: true")
                        + " makes the kubelet refuse to start it",
                Fix.of("run as another user, or switch off RUN_AS_NON_ROOT with a reason",
                        "run as another user, or remove runAsNonRoot: true"));
    }
}
