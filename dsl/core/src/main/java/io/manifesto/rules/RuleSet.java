package io.manifesto.rules;

import io.manifesto.objects.ResolvedSet;

import java.util.List;

/**
 * The object rules of one concept (workloads, autoscalers, ingress...): they read the resolved set and report
 * findings. Rule sets are found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/io.manifesto.rules.RuleSet}), so a team can add its own next to the built-in ones.
 * Implementations are stateless and need a public no-argument constructor.
 */
public interface RuleSet {

    /** The rules this set reports, for the catalog; a finding always names one of them. */
    List<RuleInfo> rules();

    /** Checks every object of {@code set} this concept knows, reporting into {@code findings}. */
    void check(ResolvedSet set, Findings findings);
}
