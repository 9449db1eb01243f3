package io.manifesto.workload;

import io.manifesto.security.SecurityDefault;
import io.manifesto.security.SecurityOptOut;
import io.manifesto.validate.Problems;

/** The security rules: opt-outs need reasons, and settings must not contradict the defaults in force. */
final class SecurityRules {

    private SecurityRules() {
    }

    static void check(Workload<?> workload, Problems.Scope scope, Problems.Scope podSpec) {
        for (SecurityOptOut optOut : workload.securityOptOuts()) {
            if (optOut.reason().isBlank()) {
                scope.error(WorkloadRules.OPT_OUT_REASON, "metadata.annotations." + optOut.setting().optOutAnnotation(), "",
                        "switching off the security default " + optOut.setting() + " needs a written reason",
                        "say why, e.g. .withoutSecurityDefault(" + optOut.setting()
                                + ", \"the image must run as root\")");
            }
        }
        checkId(podSpec, "securityContext.runAsUser", workload.podSecurity().runAsUser());
        checkId(podSpec, "securityContext.runAsGroup", workload.podSecurity().runAsGroup());
        checkId(podSpec, "securityContext.fsGroup", workload.podSecurity().fsGroup());
        boolean nonRoot = workload.hasSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT);
        if (nonRoot && Long.valueOf(0).equals(workload.podSecurity().runAsUser())) {
            podSpec.error(WorkloadRules.ROOT_USER, "securityContext.runAsUser", 0,
                    "user 0 is root, and the security default runAsNonRoot makes the kubelet refuse to start it",
                    "run as another user, or switch off RUN_AS_NON_ROOT with a reason");
        }
        checkContainers(workload, workload.containers(), "containers", nonRoot, podSpec);
        checkContainers(workload, workload.initContainers(), "initContainers", nonRoot, podSpec);
    }

    private static void checkContainers(Workload<?> workload, java.util.List<Container> containers, String list,
                                        boolean nonRoot, Problems.Scope podSpec) {
        for (Container container : containers) {
            Problems.Scope c = podSpec.field(list + "[" + container.name() + "].securityContext");
            checkId(c, "runAsUser", container.security().runAsUser());
            checkId(c, "runAsGroup", container.security().runAsGroup());
            for (String capability : container.security().addCapabilities()) {
                checkCapability(workload, capability, c);
            }
            if (container.security().isPrivileged()
                    && workload.hasSecurityDefault(SecurityDefault.NO_PRIVILEGE_ESCALATION)) {
                c.error(WorkloadRules.PRIVILEGED, "privileged", true,
                        "a privileged container cannot forbid privilege escalation, and the API server rejects both",
                        "drop .privileged(), or switch off NO_PRIVILEGE_ESCALATION with a reason");
            }
            if (nonRoot && Long.valueOf(0).equals(container.security().runAsUser())) {
                c.error(WorkloadRules.ROOT_USER, "runAsUser", 0,
                        "user 0 is root, and the security default runAsNonRoot makes the kubelet refuse to start it",
                        "run as another user, or switch off RUN_AS_NON_ROOT with a reason");
            }
        }
    }

    private static void checkCapability(Workload<?> workload, String capability, Problems.Scope c) {
        if (!capability.matches("(CAP_)?[A-Z][A-Z_]*")) {
            c.error(WorkloadRules.CAPABILITY, "capabilities.add", capability,
                    "is not a Linux capability name", "write it in capitals, e.g. \"NET_BIND_SERVICE\"");
        } else if (capability.equals("CAP_SYS_ADMIN")
                && workload.hasSecurityDefault(SecurityDefault.NO_PRIVILEGE_ESCALATION)) {
            c.error(WorkloadRules.SYS_ADMIN_ESCALATION, "capabilities.add", capability,
                    "CAP_SYS_ADMIN allows privilege escalation, and the API server rejects it together with the"
                            + " security default allowPrivilegeEscalation: false",
                    "drop the capability, or switch off NO_PRIVILEGE_ESCALATION with a reason");
        } else if (!capability.equals("NET_BIND_SERVICE")
                && workload.hasSecurityDefault(SecurityDefault.DROP_ALL_CAPABILITIES)) {
            c.warning(WorkloadRules.CAPABILITY_RESTRICTED, "capabilities.add", capability,
                    "a capability other than NET_BIND_SERVICE breaks the Pod Security Standard \"restricted\" that"
                            + " the security defaults otherwise meet, so namespaces enforcing it reject the pods",
                    "drop the capability, or suppress this warning with the reason it is needed");
        }
    }

    /** Kubernetes takes user and group ids from 0 to 2^31-1, although the Java values are longs. */
    private static void checkId(Problems.Scope scope, String field, Long id) {
        if (id != null && (id < 0 || id > Integer.MAX_VALUE)) {
            scope.error(WorkloadRules.ID_RANGE, field, id, "is not a user or group id Kubernetes accepts: ids go"
                    + " from 0 to 2147483647", "use an id in that range, e.g. 1000");
        }
    }
}
