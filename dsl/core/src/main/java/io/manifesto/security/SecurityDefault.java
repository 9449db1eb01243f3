package io.manifesto.security;

/**
 * The defaults of the Pod Security Standards "restricted" profile that Manifesto adds to every workload. Each one
 * is visible in the rendered YAML and can be switched off per workload, with a written reason that is rendered
 * as an annotation {@code manifesto.io/opt-out-<id>} on the workload.
 */
public enum SecurityDefault {
    /** Pod {@code securityContext.runAsNonRoot: true}: the kubelet refuses to start a container as root. */
    RUN_AS_NON_ROOT("run-as-non-root"),
    /** Pod {@code securityContext.seccompProfile.type: RuntimeDefault}: the runtime's system-call filter. */
    SECCOMP_RUNTIME_DEFAULT("seccomp-runtime-default"),
    /** Container {@code securityContext.allowPrivilegeEscalation: false}: no setuid escalation. */
    NO_PRIVILEGE_ESCALATION("no-privilege-escalation"),
    /** Container {@code securityContext.capabilities.drop: [ALL]}: no Linux capabilities. */
    DROP_ALL_CAPABILITIES("drop-all-capabilities");

    private final String id;

    SecurityDefault(String id) {
        this.id = id;
    }

    /** The id used in the opt-out annotation, e.g. {@code run-as-non-root}. */
    public String id() {
        return id;
    }

    /** The opt-out annotation key, e.g. {@code manifesto.io/opt-out-run-as-non-root}. */
    public String optOutAnnotation() {
        return "manifesto.io/opt-out-" + id;
    }
}
