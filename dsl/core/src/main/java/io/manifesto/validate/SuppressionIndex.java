package io.manifesto.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suppressions by rule id and resource, so that finding the one that accepts a warning is two map accesses: a lint
 * run may carry a suppression annotation on each of thousands of objects, all for the same rule.
 */
final class SuppressionIndex {

    /** A suppression and its place in the order given: the first that accepts a warning wins. */
    private record Ranked(Suppression suppression, int rank) {
    }

    private final Map<String, Map<String, Ranked>> byRuleAndResource = new HashMap<>();

    SuppressionIndex(List<Suppression> suppressions) {
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            byRuleAndResource.computeIfAbsent(s.ruleId(), k -> new HashMap<>())
                    .putIfAbsent(s.resource(), new Ranked(s, i));
        }
    }

    /** The first suppression, in the order given, that accepts {@code problem}. */
    Optional<Suppression> covering(Problem problem) {
        if (problem.isError()) {
            return Optional.empty();
        }
        Map<String, Ranked> ofRule = byRuleAndResource.get(problem.ruleId());
        if (ofRule == null) {
            return Optional.empty();
        }
        Ranked specific = ofRule.get(problem.resource());
        Ranked any = ofRule.get(Suppression.ANY_RESOURCE);
        Ranked first = specific == null ? any : any == null || specific.rank() < any.rank() ? specific : any;
        return first == null ? Optional.empty() : Optional.of(first.suppression());
    }
}
