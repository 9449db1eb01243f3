package io.manifesto.scheduling;

/** How a toleration compares a taint's value: {@code tolerations[].operator}. */
public enum TolerationOperator {
    /** {@code Equal}: the taint's value must be the toleration's value. */
    EQUAL("Equal"),
    /** {@code Exists}: any value of the key; the toleration has no value. */
    EXISTS("Exists");

    private final String value;

    TolerationOperator(String value) {
        this.value = value;
    }

    /** The spelling Kubernetes uses, e.g. {@code Exists}. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
