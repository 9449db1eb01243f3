package io.manifesto.workload;

/** When the kubelet pulls the image: {@code imagePullPolicy}. */
public enum ImagePullPolicy {
    /** {@code Always}. */
    ALWAYS("Always"),
    /** {@code IfNotPresent}. */
    IF_NOT_PRESENT("IfNotPresent"),
    /** {@code Never}. */
    NEVER("Never");

    private final String value;

    ImagePullPolicy(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code IfNotPresent}. */
    public String value() {
        return value;
    }
}
