package io.manifesto.config;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/**
 * The ConfigMap rules only a DSL definition can break: a file it was asked to read that cannot be read. The keys and
 * the size of every ConfigMap are checked on the rendered objects ({@code io.manifesto.workload.rules}).
 */
public final class ConfigDslRules implements DslRules {

    /** A file given to fromFile(...) or fromFiles(...) that cannot be read. */
    public static final RuleInfo FILE = RuleInfo.error(ConfigMap.FILE_RULE,
            "every file a ConfigMap is made from can be read when the definition runs",
            "the content of a missing or unreadable file is unknown, so the ConfigMap cannot be rendered faithfully");

    @Override
    public List<RuleInfo> rules() {
        return List.of(FILE);
    }
}
