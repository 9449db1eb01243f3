package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One condition on a node's labels, {@code nodeSelectorTerms[].matchExpressions[]: {key, operator, values}} (or
 * {@code preference.matchExpressions[]} of a preferred term).
 *
 * @param key      the node label's key
 * @param operator {@code operator}
 * @param values   {@code values}: none for Exists and DoesNotExist, exactly one integer for Gt and Lt, at least
 *                 one for In and NotIn
 */
public record NodeRequirement(String key, NodeOperator operator, List<String> values) {

    public NodeRequirement {
        key = Objects.requireNonNullElse(key, "");
        operator = Objects.requireNonNullElse(operator, NodeOperator.IN);
        values = values == null ? List.of() : values.stream().map(v -> Objects.requireNonNullElse(v, "")).toList();
    }

    /** {@code {key, operator: In, values}}. */
    public static NodeRequirement in(String key, String... values) {
        return new NodeRequirement(key, NodeOperator.IN, list(values));
    }

    /** {@code {key, operator: NotIn, values}}. */
    public static NodeRequirement notIn(String key, String... values) {
        return new NodeRequirement(key, NodeOperator.NOT_IN, list(values));
    }

    /** {@code {key, operator: Exists}}. */
    public static NodeRequirement exists(String key) {
        return new NodeRequirement(key, NodeOperator.EXISTS, List.of());
    }

    /** {@code {key, operator: DoesNotExist}}. */
    public static NodeRequirement doesNotExist(String key) {
        return new NodeRequirement(key, NodeOperator.DOES_NOT_EXIST, List.of());
    }

    /** {@code {key, operator: Gt, values: [value]}}: the label, an integer, is greater than {@code value}. */
    public static NodeRequirement greaterThan(String key, long value) {
        return new NodeRequirement(key, NodeOperator.GT, List.of(Long.toString(value)));
    }

    /** {@code {key, operator: Lt, values: [value]}}: the label, an integer, is less than {@code value}. */
    public static NodeRequirement lessThan(String key, long value) {
        return new NodeRequirement(key, NodeOperator.LT, List.of(Long.toString(value)));
    }

    /** {@code true} when a node with {@code labels} meets this requirement. */
    public boolean matches(Map<String, String> labels) {
        String label = labels.get(key);
        return switch (operator) {
            case IN -> label != null && values.contains(label);
            case NOT_IN -> label == null || !values.contains(label);
            case EXISTS -> label != null;
            case DOES_NOT_EXIST -> label == null;
            case GT, LT -> compare(label) != null && (operator == NodeOperator.GT ? compare(label) > 0
                    : compare(label) < 0);
        };
    }

    /**
     * Reports a bad key at {@code field}. Values that do not fit the operator are an object rule of the rendered
     * requirement ({@code NodeAffinityRules}, {@code node-affinity.values}).
     */
    public void validate(Problems.Scope scope, String field) {
        Names.checkLabelKey(scope, field + ".key", key);
    }

    /** {@code true} when the values fit the operator ({@code node-affinity.values} reports those that do not). */
    boolean wellFormed() {
        return switch (operator) {
            case EXISTS, DOES_NOT_EXIST -> values.isEmpty();
            case IN, NOT_IN -> !values.isEmpty();
            case GT, LT -> values.size() == 1 && integer(values.get(0)) != null;
        };
    }

    /** The fabric8 requirement. */
    NodeSelectorRequirement render() {
        return new NodeSelectorRequirement(key, operator.value(), values);
    }

    private Integer compare(String label) {
        Long node = integer(label);
        Long bound = values.size() == 1 ? integer(values.get(0)) : null;
        return node == null || bound == null ? null : Long.compare(node, bound);
    }

    private static Long integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> list(String... values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** {@code key operator [values]}, for messages. */
    @Override
    public String toString() {
        return key + " " + operator + (values.isEmpty() ? "" : " " + values);
    }
}
