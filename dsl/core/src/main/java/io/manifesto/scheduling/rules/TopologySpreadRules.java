package io.manifesto.scheduling.rules;

import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pods' topology spread constraints, as the API server accepts them: maxSkew at least 1, minDomains at least 1
 * and only with DoNotSchedule, one constraint per topologyKey and whenUnsatisfiable.
 */
public final class TopologySpreadRules implements RuleSet {

    /** A maxSkew below 1. */
    public static final RuleInfo MAX_SKEW = RuleInfo.error("topology.max-skew",
            "a topology spread's maxSkew is at least 1", "the API server rejects a maxSkew below 1");
    /** Two constraints with the same topologyKey and whenUnsatisfiable. */
    public static final RuleInfo DUPLICATE = RuleInfo.error("topology.duplicate",
            "topology spread constraints differ in key or whenUnsatisfiable",
            "the API server rejects two constraints with the same topologyKey and whenUnsatisfiable");
    /** A minDomains below 1, or with ScheduleAnyway. */
    public static final RuleInfo MIN_DOMAINS = RuleInfo.error("topology.min-domains",
            "minDomains is at least 1, and only with DoNotSchedule",
            "the API server rejects minDomains below 1 or with ScheduleAnyway");

    private static final String DO_NOT_SCHEDULE = "DoNotSchedule";

    @Override
    public List<RuleInfo> rules() {
        return List.of(MAX_SKEW, DUPLICATE, MIN_DOMAINS);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodSpecs.forEach(set, findings, visit -> {
            List<TopologySpreadConstraint> spreads = PodSpecs.orEmpty(visit.spec().getTopologySpreadConstraints());
            Map<String, Integer> sameDomain = new HashMap<>();
            spreads.forEach(spread -> sameDomain.merge(domain(spread), 1, Integer::sum));
            for (int i = 0; i < spreads.size(); i++) {
                TopologySpreadConstraint spread = spreads.get(i);
                Findings.On scope = visit.scope().field("topologySpreadConstraints[" + i + "]");
                check(spread, scope);
                int same = sameDomain.getOrDefault(domain(spread), 0);
                if (same > 1) {
                    sameDomain.put(domain(spread), 0); // reported once, on the first of them
                    scope.report(DUPLICATE, "topologyKey", spread.getTopologyKey(), same + " constraints of "
                                    + visit.resource() + " have this topologyKey and whenUnsatisfiable "
                                    + whenUnsatisfiable(spread) + ", which the API server rejects",
                            Fix.of("keep one constraint per topology key and whenUnsatisfiable"));
                }
            }
        });
    }

    private static void check(TopologySpreadConstraint spread, Findings.On scope) {
        if (spread.getMaxSkew() != null && spread.getMaxSkew() < 1) {
            scope.report(MAX_SKEW, "maxSkew", spread.getMaxSkew(), "maxSkew must be at least 1",
                    Fix.of("use 1 for an even spread, or more to allow some imbalance"));
        }
        Integer minDomains = spread.getMinDomains();
        if (minDomains != null && minDomains < 1) {
            scope.report(MIN_DOMAINS, "minDomains", minDomains, "minDomains must be at least 1",
                    Fix.of("use the number of domains the pods must spread over, e.g. 3 zones, or leave it out"));
        } else if (minDomains != null && !DO_NOT_SCHEDULE.equals(whenUnsatisfiable(spread))) {
            scope.report(MIN_DOMAINS, "minDomains", minDomains,
                    "minDomains applies only to whenUnsatisfiable DoNotSchedule, and the API server rejects it with "
                            + whenUnsatisfiable(spread),
                    Fix.of("remove .minDomains(" + minDomains + "), or leave out .scheduleAnyway(): DoNotSchedule is"
                            + " the default", "remove minDomains, or use whenUnsatisfiable: DoNotSchedule"));
        }
    }

    /** The spread's whenUnsatisfiable; DoNotSchedule, the Kubernetes default, when it has none. */
    private static String whenUnsatisfiable(TopologySpreadConstraint spread) {
        return Objects.requireNonNullElse(spread.getWhenUnsatisfiable(), DO_NOT_SCHEDULE);
    }

    private static String domain(TopologySpreadConstraint spread) {
        return spread.getTopologyKey() + '\u0000' + whenUnsatisfiable(spread);
    }
}
