package io.manifesto.lint;

import io.manifesto.rules.FileRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** The catalog entries of what lint checks while it reads a file, before any object rule runs. */
public final class FileReadingRules implements FileRules {

    static final RuleInfo UNREADABLE = RuleInfo.error(ManifestSource.UNREADABLE,
            "a file is YAML or JSON, and each document a Kubernetes object with apiVersion, kind and fields of the"
                    + " schema's types",
            "kubectl apply refuses text it cannot parse and a scalar of the wrong type (\"3\" for a number, 42"
                    + " for a string); lint reports the file and goes on with the others");
    static final RuleInfo UNKNOWN_FIELD = RuleInfo.error(SchemaFields.UNKNOWN_FIELD,
            "every field of a document is a field of its kind's schema",
            "kubectl apply validates strictly by default since 1.27: an unknown field (a typo, a field at the"
                    + " wrong level) is an error, not silently dropped; the schema is fabric8's models (7.4.0)");
    static final RuleInfo REQUIRED_FIELD = RuleInfo.error(SchemaFields.REQUIRED_FIELD,
            "every field the schema requires is present",
            "the API server rejects an object without a required field, e.g. a Deployment without"
                    + " spec.selector or a container without name");
    static final RuleInfo UNKNOWN_KIND = RuleInfo.error(ServedKinds.UNKNOWN_KIND,
            "a kind of a known API group is one the group serves",
            "kubectl apply fails on a kind its group does not have (apps/v1 Deploymnet) or a version the group"
                    + " never had; kinds of other groups (CRDs) are left alone");

    /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public FileReadingRules() {
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(UNREADABLE, UNKNOWN_FIELD, REQUIRED_FIELD, UNKNOWN_KIND);
    }
}
