package io.manifesto.scheduling;

import java.util.List;

/**
 * A weighted node preference: {@code preferredDuringSchedulingIgnoredDuringExecution[]: {weight, preference:
 * {matchExpressions}}}. The scheduler adds {@code weight} (1..100) to the score of every node that meets all
 * {@code requirements}.
 *
 * @param weight       {@code weight}, 1..100
 * @param requirements {@code preference.matchExpressions}
 */
public record PreferredNodes(int weight, List<NodeRequirement> requirements) {

    public PreferredNodes {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
