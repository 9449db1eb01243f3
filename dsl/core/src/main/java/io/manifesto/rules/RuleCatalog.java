package io.manifesto.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every rule Manifesto checks, as values: the object rules of the {@link RuleEngine} (which lint and the annotation
 * path run too), then the rules only a DSL definition can break. {@code lint --rules} prints it; a test checks the
 * README's rule list against it.
 */
public final class RuleCatalog {

    private static final RuleCatalog STANDARD = new RuleCatalog(RuleEngine.standard(), loadDslRules());

    private final Map<String, Entry> entries;

    /** One rule and where it is checked. */
    public record Entry(RuleInfo rule, boolean onObjects) {
    }

    private RuleCatalog(RuleEngine engine, List<DslRules> dslRules) {
        Map<String, Entry> all = new TreeMap<>();
        List<RuleInfo> objectRules = new ArrayList<>(List.of(RuleEngine.FAILED, AnnotationSuppressions.REASON,
                AnnotationSuppressions.UNUSED));
        engine.ruleSets().forEach(set -> objectRules.addAll(set.rules()));
        objectRules.forEach(rule -> all.putIfAbsent(rule.id(), new Entry(rule, true)));
        dslRules.forEach(set -> set.rules().forEach(rule -> all.putIfAbsent(rule.id(), new Entry(rule, false))));
        this.entries = all;
    }

    private static List<DslRules> loadDslRules() {
        List<DslRules> found = new ArrayList<>();
        ServiceLoader.load(DslRules.class, DslRules.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(set -> set.getClass().getName()));
        return found;
    }

    /** The catalog of every rule on the class path. */
    public static RuleCatalog standard() {
        return STANDARD;
    }

    /** Every rule, by id. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Every rule, by id. */
    public static List<RuleInfo> all() {
        return STANDARD.entries.values().stream().map(Entry::rule).toList();
    }

    /** The rule {@code id}, if the catalog has it. */
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }
}
