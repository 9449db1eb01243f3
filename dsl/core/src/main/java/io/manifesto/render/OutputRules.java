package io.manifesto.render;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** The catalog entries of what a write of manifest files checks before it writes anything. */
public final class OutputRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(ManifestWriter.DUPLICATE_FILE_RULE, "the files of one write have distinct names",
                        "the second file would overwrite the first, and one application's manifests would be lost"),
                RuleInfo.error(ManifestWriter.FILE_NAME_RULE,
                        "a file name is not empty and stays inside the output directory",
                        "a name with '..' or an absolute path would write outside the directory the set owns"));
    }
}
