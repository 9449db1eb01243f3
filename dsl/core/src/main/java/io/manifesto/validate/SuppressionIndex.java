package io.manifesto.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suppressions by rule id, so that finding the one that accepts a warning is a map access: a lint run may carry a
 * suppression annotation on each of thousands of objects.
 */
final class SuppressionIndex {

    private final Map<String, List<Suppression>> byRule = new HashMap<>();

    SuppressionIndex(List<Suppression> suppressions) {
        suppressions.forEach(s -> byRule.computeIfAbsent(s.ruleId(), k -> new ArrayList<>()).add(s));
    }

    /** The first suppression, in the order given, that accepts {@code problem}. */
    Optional<Suppression> covering(Problem problem) {
        if (problem.isError()) {
            return Optional.empty();
        }
        return byRule.getOrDefault(problem.ruleId(), List.of()).stream().filter(s -> s.covers(problem)).findFirst();
    }
}
