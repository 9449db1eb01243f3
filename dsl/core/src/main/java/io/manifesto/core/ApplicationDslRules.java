package io.manifesto.core;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** The catalog entries of the rules an application's assembly checks: its components, customizations, raw objects. */
public final class ApplicationDslRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(Application.DUPLICATE_RULE,
                        "no two components render one object (kind, namespace and name)",
                        "kubectl applies the second over the first, so one definition silently loses"),
                RuleInfo.error(Application.CUSTOMIZE_UNKNOWN_RULE,
                        "a customization names an object the application renders",
                        "a customization of nothing changes nothing: usually a renamed object or the wrong class"),
                RuleInfo.error(Application.CUSTOMIZE_FAILED_RULE,
                        "a customization runs and leaves values that can be written as YAML",
                        "an escape hatch that throws or stores a foreign object would leave half-changed manifests"),
                RuleInfo.error(Application.COMPONENT_FAILED_RULE,
                        "every component validates and renders without throwing",
                        "a component that throws is a bug; it is reported instead of surfacing as a stack trace"),
                RuleInfo.error(Application.CREATE_NAMESPACE_RULE,
                        "createNamespace() goes with a namespace",
                        "without a namespace there is no Namespace object to render, so the call would do nothing"),
                RuleInfo.error(Application.RAW_INCOMPLETE_RULE,
                        "an object added as it is has apiVersion, kind and name",
                        "the API server rejects an object without them, and the rules cannot place it"),
                RuleInfo.error(Application.RAW_UNSERIALIZABLE_RULE,
                        "an object added as it is holds only values YAML can write",
                        "a value Jackson cannot write would fail when the manifests are written, after the build"));
    }
}
