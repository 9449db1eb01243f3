package io.manifesto.rules;

import java.util.List;

/**
 * The catalog entries of rules that only reading a manifest file can break: text that is no YAML, a field no
 * schema has, a required field left out, a kind its API group does not serve. A DSL definition, a raw fabric8
 * object or an annotation cannot make these mistakes (their types do not let them), so only {@code lint} reports
 * them. Listed in {@code META-INF/services/io.manifesto.rules.FileRules}.
 */
public interface FileRules {

    /** The rules checked while files are read. */
    List<RuleInfo> rules();
}
