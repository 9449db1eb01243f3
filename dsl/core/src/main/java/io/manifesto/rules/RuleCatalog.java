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
 * path run too), the rules only a DSL definition can break ({@link DslRules}), and those only reading a file can
 * break ({@link FileRules}). {@code lint --rules} prints it; a test checks the
 * README's rule list against it.
 */
public final class RuleCatalog {

    private static final RuleCatalog STANDARD = new RuleCatalog(RuleEngine.standard(), load(DslRules.class),
            load(FileRules.class));

    private final Map<String, Entry> entries;

    /** Where a rule is checked. */
    public enum Checked {
        /** On the objects that will be applied, whatever made them: DSL, raw, customized, annotations, files. */
        OBJECTS,
        /** On DSL values only: what only a DSL definition can get wrong. */
        DSL,
        /** While lint reads files: what only a file can get wrong. */
        FILES
    }

    /** One rule and where it is checked. */
    public record Entry(RuleInfo rule, Checked checked) {

        /** {@code true} for a rule of the objects, which lint runs too. */
        public boolean onObjects() {
            return checked == Checked.OBJECTS;
        }
    }

    private RuleCatalog(RuleEngine engine, List<DslRules> dslRules, List<FileRules> fileRules) {
        Map<String, Entry> all = new TreeMap<>();
        List<RuleInfo> objectRules = new ArrayList<>(List.of(RuleEngine.FAILED, AnnotationSuppressions.REASON,
                AnnotationSuppressions.UNUSED));
        engine.ruleSets().forEach(set -> objectRules.addAll(set.rules()));
        objectRules.forEach(rule -> all.putIfAbsent(rule.id(), new Entry(rule, Checked.OBJECTS)));
        dslRules.forEach(set -> set.rules().forEach(rule -> all.putIfAbsent(rule.id(),
                new Entry(rule, Checked.DSL))));
        fileRules.forEach(set -> set.rules().forEach(rule -> all.putIfAbsent(rule.id(),
                new Entry(rule, Checked.FILES))));
        this.entries = all;
    }

    private static <T> List<T> load(Class<T> type) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, type.getClassLoader()).forEach(found::add);
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
