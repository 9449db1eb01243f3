package io.manifesto.rules;

import io.manifesto.objects.ResolvedSet;
import io.manifesto.validate.Problem;
import io.manifesto.validate.Problems;
import io.manifesto.validate.Suppression;
import io.manifesto.validate.ValidationReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one rule engine: runs every {@link RuleSet} over a {@link ResolvedSet}, whatever made the objects. The DSL's
 * {@code build()}, {@code lint}, {@code Manifesto.check(...)} and the annotation processor all come through here.
 */
public final class RuleEngine {

    /** A rule set that threw: a bug in it, reported instead of thrown. */
    public static final RuleInfo FAILED = RuleInfo.error("rule.failed", "every rule set runs to its end",
            "a rule that throws checks nothing after the throw, so its silence would mean nothing");

    private static final RuleEngine STANDARD = new RuleEngine(load());

    private final List<RuleSet> ruleSets;

    private RuleEngine(List<RuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
    }

    /** The engine with every rule set found on the class path, built-in ones included. */
    public static RuleEngine standard() {
        return STANDARD;
    }

    /** An engine with only {@code ruleSets}: for testing a rule set of your own. */
    public static RuleEngine of(List<RuleSet> ruleSets) {
        return new RuleEngine(ruleSets);
    }

    private static List<RuleSet> load() {
        List<RuleSet> found = new ArrayList<>();
        ServiceLoader.load(RuleSet.class, RuleSet.class.getClassLoader()).forEach(found::add);
        // the order of a class path is not stable; the order of findings must be
        found.sort(Comparator.comparing(set -> set.getClass().getName()));
        return found;
    }

    /** The rule sets, in the order they run. */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    /**
     * Runs every rule over {@code set} into {@code problems}, reads the suppression annotations of the objects and
     * reports those without reason or without effect. Returns the annotations' suppressions, for the verdict.
     */
    public List<Suppression> run(ResolvedSet set, Problems problems) {
        Findings findings = new Findings(problems);
        List<Suppression> suppressions = AnnotationSuppressions.of(set, findings);
        for (RuleSet ruleSet : ruleSets) {
            try {
                ruleSet.check(set, findings);
            } catch (RuntimeException e) {
                problems.add(new Problem(FAILED.severity(), FAILED.id(), ruleSet.getClass().getName(), "", null,
                        "the rule set threw " + e, "report it as a bug, with the objects that caused it"));
            }
        }
        AnnotationSuppressions.reportUnused(set, suppressions, problems.all(), findings);
        return suppressions;
    }

    /** Checks {@code set} alone: every problem, errors first, and the warnings with suppressions applied. */
    public CheckReport check(ResolvedSet set) {
        Problems problems = new Problems();
        List<Suppression> suppressions = run(set, problems);
        List<Problem> found = problems.all();
        ValidationReport report = ValidationReport.of(found, suppressions);
        List<Problem> ordered = new ArrayList<>(found.stream().filter(Problem::isError).toList());
        ordered.addAll(report.warnings());
        return new CheckReport(ordered, report);
    }
}
