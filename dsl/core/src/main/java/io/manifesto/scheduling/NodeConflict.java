package io.manifesto.scheduling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conditions on one node label that no node meets at once, in a node selector and a required node affinity term
 * (or within the term): {@code type = virtual-kubelet} with {@code type NotIn [virtual-kubelet]}, {@code In} sets
 * without a common value, {@code Exists} with {@code DoesNotExist}, {@code Gt} above {@code Lt}... A node must meet
 * the selector and every requirement of a term, so such a term matches no node.
 *
 * @param key        the node label
 * @param conditions the conditions on it, for messages: the selector's {@code key = value}, then the requirements
 */
public record NodeConflict(String key, List<String> conditions) {

    public NodeConflict {
        conditions = List.copyOf(conditions);
    }

    /**
     * The first label (by key) on which {@code nodeSelector} and {@code term} contradict each other; empty when a
     * node could meet both, or when a requirement's values do not fit its operator (reported on the requirement).
     */
    public static Optional<NodeConflict> of(Map<String, String> nodeSelector, List<NodeRequirement> term) {
        if (term.stream().anyMatch(r -> !r.wellFormed())) {
            return Optional.empty();
        }
        Set<String> keys = new TreeSet<>();
        term.forEach(r -> keys.add(r.key()));
        for (String key : keys) {
            List<NodeRequirement> on = term.stream().filter(r -> r.key().equals(key)).toList();
            String selected = nodeSelector.get(key);
            boolean met = candidates(key, selected, on).stream()
                    .anyMatch(labels -> on.stream().allMatch(r -> r.matches(labels)));
            if (!met) {
                List<String> conditions = new ArrayList<>();
                if (selected != null) {
                    conditions.add(key + " = " + selected);
                }
                on.forEach(r -> conditions.add(r.toString()));
                return Optional.of(new NodeConflict(key, conditions));
            }
        }
        return Optional.empty();
    }

    /**
     * The labels of nodes worth trying against {@code requirements} on {@code key}: enough that when none meets them
     * all, no node does. With a selector, only its value; otherwise no label, every value the requirements name, a
     * value none names, and for Gt and Lt the integers next to each bound, as many as NotIn could exclude.
     */
    private static List<Map<String, String>> candidates(String key, String selected,
                                                        List<NodeRequirement> requirements) {
        if (selected != null) {
            return List.of(Map.of(key, selected));
        }
        Set<String> named = new LinkedHashSet<>();
        requirements.forEach(r -> named.addAll(r.values()));
        Set<String> values = new LinkedHashSet<>(named);
        String unnamed = "x";
        while (named.contains(unnamed)) {
            unnamed += "x";
        }
        values.add(unnamed);
        for (NodeRequirement r : requirements) {
            if (r.operator() == NodeOperator.GT || r.operator() == NodeOperator.LT) {
                long bound = Long.parseLong(r.values().get(0)); // wellFormed: one integer
                long step = r.operator() == NodeOperator.GT ? 1 : -1;
                for (long i = 1; i <= named.size() + 1; i++) {
                    long value = bound + step * i;
                    if ((step > 0) == (value > bound)) { // not wrapped past Long.MAX_VALUE or MIN_VALUE
                        values.add(Long.toString(value));
                    }
                }
            }
        }
        List<Map<String, String>> candidates = new ArrayList<>();
        candidates.add(Map.of());
        values.forEach(value -> candidates.add(Map.of(key, value)));
        return candidates;
    }
}
