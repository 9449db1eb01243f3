package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A container's security context: ids Kubernetes takes, capabilities by their names, and nothing that contradicts
 * the restrictions in force (no privilege escalation, all capabilities dropped, non-root).
 */
public final class ContainerSecurityRules implements RuleSet {

    private static final Pattern CAPABILITY_NAME = Pattern.compile("(CAP_)?[A-Z][A-Z_]*");

    /** A capability name that is not a Linux capability name. */
    public static final RuleInfo CAPABILITY = RuleInfo.error("security.capability",
            "an added capability is a Linux capability name, in capitals",
            "the container runtime refuses to create a container with an unknown capability");
    /** {@code CAP_SYS_ADMIN} added while privilege escalation is forbidden. */
    public static final RuleInfo SYS_ADMIN_ESCALATION = RuleInfo.error("security.sys-admin-escalation",
            "a container that forbids privilege escalation does not add CAP_SYS_ADMIN",
            "the API server rejects allowPrivilegeEscalation: false together with CAP_SYS_ADMIN");
    /** A capability other than NET_BIND_SERVICE added while all others are dropped. */
    public static final RuleInfo CAPABILITY_RESTRICTED = RuleInfo.warning("security.capability-restricted",
            "a container that drops ALL capabilities adds back at most NET_BIND_SERVICE",
            "the Pod Security Standard restricted allows no other added capability, so namespaces enforcing it"
                    + " reject the pods");
    /** A privileged container while privilege escalation is forbidden. */
    public static final RuleInfo PRIVILEGED = RuleInfo.error("security.privileged-escalation",
            "a privileged container does not forbid privilege escalation",
            "the API server rejects privileged: true together with allowPrivilegeEscalation: false");

    @Override
    public List<RuleInfo> rules() {
        return List.of(PodSecurityRules.ID_RANGE, CAPABILITY, SYS_ADMIN_ESCALATION, CAPABILITY_RESTRICTED, PRIVILEGED,
                PodSecurityRules.ROOT_USER);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodContainers.forEach(set, findings, visit -> {
            SecurityContext context = visit.container().getSecurityContext();
            if (context == null) {
                return;
            }
            Findings.On scope = visit.scope().field("securityContext");
            PodSecurityRules.checkId(scope, "runAsUser", context.getRunAsUser());
            PodSecurityRules.checkId(scope, "runAsGroup", context.getRunAsGroup());
            boolean noEscalation = Boolean.FALSE.equals(context.getAllowPrivilegeEscalation());
            Capabilities capabilities = context.getCapabilities();
            if (capabilities != null && capabilities.getAdd() != null) {
                boolean dropAll = capabilities.getDrop() != null && capabilities.getDrop().contains("ALL");
                capabilities.getAdd().forEach(capability ->
                        checkCapability(scope, capability == null ? "" : capability, noEscalation, dropAll));
            }
            if (Boolean.TRUE.equals(context.getPrivileged()) && noEscalation) {
                scope.report(PRIVILEGED, "privileged", true,
                        "a privileged container cannot forbid privilege escalation, and the API server rejects both",
                        Fix.of("drop .privileged(), or switch off NO_PRIVILEGE_ESCALATION with a reason",
                                "remove privileged: true, or remove allowPrivilegeEscalation: false"));
            }
            if (Long.valueOf(0).equals(context.getRunAsUser()) && nonRoot(context, visit.pod().spec()
                    .getSecurityContext())) {
                PodSecurityRules.reportRoot(scope, "runAsUser");
            }
        });
    }

    /** The container's runAsNonRoot, or the pod's when the container does not say. */
    private static boolean nonRoot(SecurityContext container, PodSecurityContext pod) {
        if (container.getRunAsNonRoot() != null) {
            return container.getRunAsNonRoot();
        }
        return pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot());
    }

    private static void checkCapability(Findings.On scope, String capability, boolean noEscalation,
                                        boolean dropAll) {
        if (!CAPABILITY_NAME.matcher(capability).matches()) {
            scope.report(CAPABILITY, "capabilities.add", capability, "is not a Linux capability name",
                    Fix.of("write it in capitals, e.g. \"NET_BIND_SERVICE\""));
        } else if (capability.equals("CAP_SYS_ADMIN") && noEscalation) {
            scope.report(SYS_ADMIN_ESCALATION, "capabilities.add", capability,
                    "CAP_SYS_ADMIN allows privilege escalation, and the API server rejects it together with "
                            + (scope.dslTerms() ? "the security default " : "") + "allowPrivilegeEscalation: false",
                    Fix.of("drop the capability, or switch off NO_PRIVILEGE_ESCALATION with a reason",
                            "drop the capability, or remove allowPrivilegeEscalation: false"));
        } else if (!capability.equals("NET_BIND_SERVICE") && dropAll) {
            scope.report(CAPABILITY_RESTRICTED, "capabilities.add", capability,
                    "a capability other than NET_BIND_SERVICE breaks the Pod Security Standard \"restricted\" that "
                            + PodSecurityRules.otherwiseMet(scope) + ", so namespaces enforcing it reject the pods",
                    Fix.of("drop the capability, or suppress this warning with the reason it is needed"));
        }
    }
}
