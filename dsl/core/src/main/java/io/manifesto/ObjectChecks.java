package io.manifesto;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Application;
import io.manifesto.lint.Lint;
import io.manifesto.lint.LintReport;
import io.manifesto.objects.Origin;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.objects.ResourceScope;
import io.manifesto.rules.CheckReport;
import io.manifesto.rules.RuleEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule engine's entry points for objects the DSL did not make: existing YAML ({@code lint}) and any fabric8
 * objects ({@code check}). Reach them through {@link Manifesto}, which inherits them.
 */
abstract class ObjectChecks {

    ObjectChecks() {
    }

    /**
     * Lints existing manifests: the same rules {@link Application.Builder#build()} runs, over files and directories
     * of multi-document YAML or JSON; each problem names the file and line of its object or field.
     */
    public static LintReport lint(Path... paths) {
        return Lint.lint(paths);
    }

    /**
     * Checks any set of fabric8 objects with every object rule: the objects of another generator (dekorate's), a
     * transformed set, objects read some other way. Each is applied in its own {@code metadata.namespace}.
     */
    public static CheckReport check(List<? extends HasMetadata> objects) {
        List<Resource> resources = new ArrayList<>();
        for (HasMetadata object : objects == null ? List.<HasMetadata>of() : objects) {
            if (object != null) {
                String namespace = ResourceScope.isNamespaced(object)
                        ? ResourceScope.namespaceOf(object).orElse("") : "";
                resources.add(new Resource(object, namespace, Origin.RAW));
            }
        }
        return RuleEngine.standard().check(ResolvedSet.of(resources));
    }
}
