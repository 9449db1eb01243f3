package io.manifesto.core;

import io.manifesto.validate.Problem;
import io.manifesto.validate.Problems;
import io.manifesto.validate.Suppression;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code suppress.unused}: a suppression of an application that accepts no warning, because none of its rule was
 * found on its resource, or because its rule reports errors, which are never suppressed.
 */
final class UnusedSuppressions {

    private UnusedSuppressions() {
    }

    /** Warns, on {@code resource}, of each of {@code suppressions} that accepts none of the problems so far. */
    static void check(List<Suppression> suppressions, Problems problems, String resource) {
        // what the problems would accept, as keys: one pass over the problems, then a lookup per suppression
        Set<String> warned = new HashSet<>();
        Set<String> errorRules = new HashSet<>();
        for (Problem problem : problems.all()) {
            if (problem.isError()) {
                errorRules.add(problem.ruleId());
            } else {
                warned.add(problem.ruleId() + '\u0000' + problem.resource());
                warned.add(problem.ruleId() + '\u0000' + Suppression.ANY_RESOURCE);
            }
        }
        for (Suppression suppression : suppressions) {
            if (warned.contains(suppression.ruleId() + '\u0000' + suppression.resource())) {
                continue;
            }
            boolean errorRule = errorRules.contains(suppression.ruleId());
            String where = suppression.resource().equals(Suppression.ANY_RESOURCE) ? "any resource"
                    : suppression.resource();
            problems.at(resource).warning(Application.SUPPRESSION_UNUSED_RULE,
                    "suppress(" + suppression.ruleId() + ")", suppression.resource(),
                    errorRule ? "this rule reports errors, and errors cannot be suppressed"
                            : "no warning of this rule was found on " + where,
                    errorRule ? "fix the error, then remove the suppression"
                            : "remove the suppression, or correct its rule id and resource");
        }
    }
}
