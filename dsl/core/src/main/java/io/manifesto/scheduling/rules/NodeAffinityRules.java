package io.manifesto.scheduling.rules;

import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;

/**
 * The pods' node affinity, as the API server and the scheduler take it: terms with requirements, weights from 1 to
 * 100, values that fit each operator.
 */
public final class NodeAffinityRules implements RuleSet {

    /** An affinity weight outside 1..100 (node or pod affinity). */
    public static final RuleInfo WEIGHT = RuleInfo.error("affinity.weight", "an affinity weight is from 1 to 100",
            "the API server rejects preferred terms weighted outside 1..100");
    /** A node affinity term without requirements. */
    public static final RuleInfo EMPTY_TERM = RuleInfo.error("node-affinity.empty-term",
            "a node affinity term has requirements",
            "an empty term matches no node in a required term, so the pods stay Pending");
    /** Values that do not fit the operator. */
    public static final RuleInfo VALUES = RuleInfo.error("node-affinity.values",
            "the values of a node requirement fit its operator",
            "In and NotIn need values, Exists and DoesNotExist none, Gt and Lt one integer: the API server rejects"
                    + " the rest");

    static final String NODE_AFFINITY = "affinity.nodeAffinity.";
    static final String REQUIRED = "requiredDuringSchedulingIgnoredDuringExecution";
    static final String PREFERRED = "preferredDuringSchedulingIgnoredDuringExecution";

    @Override
    public List<RuleInfo> rules() {
        return List.of(WEIGHT, EMPTY_TERM, VALUES);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodSpecs.forEach(set, findings, visit -> {
            NodeAffinity affinity = visit.spec().getAffinity() == null ? null
                    : visit.spec().getAffinity().getNodeAffinity();
            if (affinity == null) {
                return;
            }
            List<NodeSelectorTerm> required = affinity.getRequiredDuringSchedulingIgnoredDuringExecution() == null
                    ? List.of()
                    : PodSpecs.orEmpty(affinity.getRequiredDuringSchedulingIgnoredDuringExecution()
                    .getNodeSelectorTerms());
            for (int i = 0; i < required.size(); i++) {
                Findings.On term = visit.scope().field(NODE_AFFINITY + REQUIRED + ".nodeSelectorTerms[" + i + "]");
                List<NodeSelectorRequirement> requirements = required.get(i) == null ? List.of()
                        : PodSpecs.orEmpty(required.get(i).getMatchExpressions());
                if (requirements.isEmpty() && (required.get(i) == null
                        || PodSpecs.orEmpty(required.get(i).getMatchFields()).isEmpty())) {
                    term.report(EMPTY_TERM, "matchExpressions", "[]",
                            "a required node affinity term without requirements matches no node",
                            Fix.of("pass at least one NodeRequirement to requireNodes(...)",
                                    "add a matchExpressions entry to the term, or remove the term"));
                }
                checkValues(term.field("matchExpressions"), requirements);
            }
            List<PreferredSchedulingTerm> preferred =
                    PodSpecs.orEmpty(affinity.getPreferredDuringSchedulingIgnoredDuringExecution());
            for (int i = 0; i < preferred.size(); i++) {
                Findings.On term = visit.scope().field(NODE_AFFINITY + PREFERRED + "[" + i + "]");
                Integer weight = preferred.get(i).getWeight();
                checkWeight(term, "weight", weight);
                NodeSelectorTerm preference = preferred.get(i).getPreference();
                List<NodeSelectorRequirement> requirements = preference == null ? List.of()
                        : PodSpecs.orEmpty(preference.getMatchExpressions());
                if (requirements.isEmpty() && (preference == null
                        || PodSpecs.orEmpty(preference.getMatchFields()).isEmpty())) {
                    term.report(EMPTY_TERM, "preference.matchExpressions", "[]",
                            "a preferred node affinity term without requirements prefers no node",
                            Fix.of("pass at least one NodeRequirement to preferNodes(" + weight + ", ...)",
                                    "add a matchExpressions entry to the preference, or remove the term"));
                }
                checkValues(term.field("preference.matchExpressions"), requirements);
            }
        });
    }

    /** Reports an affinity weight outside 1..100 at {@code field}. */
    static void checkWeight(Findings.On scope, String field, Integer weight) {
        if (weight == null || weight < 1 || weight > 100) {
            scope.report(WEIGHT, field, weight, "an affinity weight must be from 1 to 100",
                    Fix.of("use a weight from 1 (a hint) to 100 (a strong preference)"));
        }
    }

    private static void checkValues(Findings.On list, List<NodeSelectorRequirement> requirements) {
        for (int j = 0; j < requirements.size(); j++) {
            NodeSelectorRequirement requirement = requirements.get(j);
            String key = requirement.getKey();
            String operator = requirement.getOperator() == null ? "" : requirement.getOperator();
            List<String> values = PodSpecs.orEmpty(requirement.getValues());
            Findings.On scope = list.field("[" + j + "]");
            switch (operator) {
                case "Exists", "DoesNotExist" -> {
                    if (!values.isEmpty()) {
                        scope.report(VALUES, "values", values, "operator " + operator + " on " + key
                                        + " takes no values",
                                Fix.of("drop the values, or use NodeRequirement.in(\"" + key + "\", ...)",
                                        "drop values, or use operator: In"));
                    }
                }
                case "In", "NotIn" -> {
                    if (values.isEmpty()) {
                        scope.report(VALUES, "values", values, "operator " + operator + " on " + key
                                        + " needs at least one value",
                                Fix.of("list the label values, or use NodeRequirement.exists(\"" + key + "\")",
                                        "list the label values, or use operator: Exists"));
                    }
                }
                case "Gt", "Lt" -> {
                    if (values.size() != 1 || !integer(values.get(0))) {
                        scope.report(VALUES, "values", values, "operator " + operator + " on " + key
                                        + " needs exactly one integer value",
                                Fix.of("compare with one number, e.g. NodeRequirement.greaterThan(\"" + key
                                        + "\", 4)", "give values one integer, e.g. [\"4\"]"));
                    }
                }
                default -> {
                    // an unknown operator is the API server's to reject; nothing here can say more
                }
            }
        }
    }

    private static boolean integer(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
