package io.manifesto.rules;

import java.util.List;

/**
 * The catalog entries of rules that only a DSL definition can break: they check what the user asked of a DSL value
 * (a null passed to a method, a setting the rendering drops, an intent no object records), so no object rule could
 * see them. One implementation per concept, listed in {@code META-INF/services/io.manifesto.rules.DslRules}.
 */
public interface DslRules {

    /** The rules this concept checks on DSL values. */
    List<RuleInfo> rules();
}
