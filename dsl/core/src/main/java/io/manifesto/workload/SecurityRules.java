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
            for (String capability : container.security().addCapabilities()) {
                if (!capability.matches("(CAP_)?[A-Z][A-Z_]*")) {
                    c.error(WorkloadRules.CAPABILITY, "capabilities.add", capability,
                            "is not a Linux capability name", "write it in capitals, e.g. \"NET_BIND_SERVICE\"");
                }
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
}
