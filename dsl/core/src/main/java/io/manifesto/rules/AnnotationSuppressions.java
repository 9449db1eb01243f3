package io.manifesto.rules;

import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.validate.Problem;
import io.manifesto.validate.Suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suppressions written on the objects themselves, as kube-linter and Polaris read them: the annotation
 * {@code manifesto.io/suppress.<rule-id>: "<reason>"} accepts that rule's warnings on that object. Errors cannot be
 * suppressed, and a suppression needs a reason, as with the DSL's {@code suppress(...)}.
 */
public final class AnnotationSuppressions {

    /** The annotation key prefix: {@code manifesto.io/suppress.} followed by the rule id. */
    public static final String PREFIX = "manifesto.io/suppress.";

    /** A suppression annotation without a reason. */
    public static final RuleInfo REASON = RuleInfo.error("suppress.reason",
            "a suppression names the reason the warning does not apply",
            "a reviewer must see why a warning was accepted; the DSL's suppress(...) and the annotation both need one");
    /** A suppression annotation that accepts no warning. */
    public static final RuleInfo UNUSED = RuleInfo.warning("suppress.unused",
            "a suppression accepts at least one warning of its rule on its object",
            "a suppression that matches nothing is a stale decision or a misspelt rule id, and hides nothing");

    private AnnotationSuppressions() {
    }

    /** The suppressions of {@code set}'s annotations; one without reason is reported instead. */
    public static List<Suppression> of(ResolvedSet set, Findings findings) {
        List<Suppression> suppressions = new ArrayList<>();
        for (Resource resource : set.all()) {
            for (Map.Entry<String, String> annotation : resource.annotations().entrySet()) {
                if (!annotation.getKey().startsWith(PREFIX)) {
                    continue;
                }
                String ruleId = annotation.getKey().substring(PREFIX.length());
                String reason = annotation.getValue() == null ? "" : annotation.getValue();
                if (reason.isBlank()) {
                    findings.on(resource).report(REASON, field(annotation.getKey()), reason,
                            "a suppression needs a written reason",
                            Fix.of("say why the warning does not apply here, as the annotation's value"));
                } else {
                    suppressions.add(new Suppression(ruleId, resource.toString(), reason));
                }
            }
        }
        return suppressions;
    }

    /** Warns of each annotation suppression in {@code suppressions} that accepts none of {@code problems}. */
    public static void reportUnused(ResolvedSet set, List<Suppression> suppressions, List<Problem> problems,
                                    Findings findings) {
        if (suppressions.isEmpty()) {
            return;
        }
        // one pass over the problems, then a map access per suppression: sets of 10,000 objects stay linear
        Set<String> warned = new HashSet<>();
        Set<String> erred = new HashSet<>();
        for (Problem problem : problems) {
            (problem.isError() ? erred : warned).add(problem.ruleId() + '\u0000' + problem.resource());
        }
        Map<String, Resource> annotated = new HashMap<>();
        for (Resource resource : set.all()) {
            if (resource.annotations().keySet().stream().anyMatch(key -> key.startsWith(PREFIX))) {
                annotated.putIfAbsent(resource.toString(), resource);
            }
        }
        for (Suppression suppression : suppressions) {
            String key = suppression.ruleId() + '\u0000' + suppression.resource();
            Resource resource = annotated.get(suppression.resource());
            if (warned.contains(key) || resource == null) {
                continue;
            }
            boolean errorRule = erred.contains(key);
            findings.on(resource).report(UNUSED, field(PREFIX + suppression.ruleId()), suppression.reason(),
                    errorRule ? "this rule reports errors, and errors cannot be suppressed"
                            : "no warning of this rule was found on " + resource,
                    Fix.of(errorRule ? "fix the error, then remove the annotation"
                            : "remove the annotation, or correct its rule id"));
        }
    }

    private static String field(String key) {
        return "metadata.annotations[" + key + "]";
    }
}
