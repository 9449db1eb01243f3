package io.manifesto.scaling;

/** {@code behavior.scaleUp/scaleDown.selectPolicy}: which policy wins when several apply. */
public enum SelectPolicy {
    /** {@code Max}: the policy allowing the biggest change (the Kubernetes default). */
    MAX("Max"),
    /** {@code Min}: the policy allowing the smallest change. */
    MIN("Min"),
    /** {@code Disabled}: never scale in this direction. */
    DISABLED("Disabled");

    private final String value;

    SelectPolicy(String value) {
        this.value = value;
    }

    /** The string Kubernetes uses, e.g. {@code Max}. */
    public String value() {
        return value;
    }
}
