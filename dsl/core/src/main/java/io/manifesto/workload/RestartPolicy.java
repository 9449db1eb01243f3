package io.manifesto.workload;

/** What the kubelet does when a Job's container ends: {@code spec.template.spec.restartPolicy}. */
public enum RestartPolicy {
    /** {@code Never}: a failed pod stays failed and the Job makes a new pod (each try is a pod you can inspect). */
    NEVER("Never"),
    /** {@code OnFailure}: the kubelet restarts the failed container in the same pod. */
    ON_FAILURE("OnFailure");

    private final String value;

    RestartPolicy(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code OnFailure}. */
    public String value() {
        return value;
    }
}
