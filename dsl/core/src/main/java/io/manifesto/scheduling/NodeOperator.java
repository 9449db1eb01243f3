package io.manifesto.scheduling;

import java.util.Arrays;
import java.util.Optional;

/** How a node affinity requirement compares a node label: {@code matchExpressions[].operator}. */
public enum NodeOperator {
    /** {@code In}: the label's value is one of the values. */
    IN("In"),
    /** {@code NotIn}: the node has no such label, or its value is none of the values. */
    NOT_IN("NotIn"),
    /** {@code Exists}: the node has the label; no values. */
    EXISTS("Exists"),
    /** {@code DoesNotExist}: the node does not have the label; no values. */
    DOES_NOT_EXIST("DoesNotExist"),
    /** {@code Gt}: the label's value, an integer, is greater than the one value. */
    GT("Gt"),
    /** {@code Lt}: the label's value, an integer, is less than the one value. */
    LT("Lt");

    private final String value;

    NodeOperator(String value) {
        this.value = value;
    }

    /** The operator Kubernetes spells {@code value}, e.g. {@code NotIn}; empty for another spelling. */
    public static Optional<NodeOperator> of(String value) {
        return Arrays.stream(values()).filter(operator -> operator.value.equals(value)).findFirst();
    }

    /** The spelling Kubernetes uses, e.g. {@code NotIn}. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
