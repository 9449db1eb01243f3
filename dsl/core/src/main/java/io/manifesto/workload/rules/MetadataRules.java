package io.manifesto.workload.rules;

import io.manifesto.objects.Origin;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Annotations;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Map;

/**
 * The metadata of every object of every kind, and of the pods it runs: label keys and values, annotation keys and
 * the annotations' total size; and the names and namespaces of objects read from files or made from annotations.
 *
 * <p>The DSL checks the labels, annotations and names users hand it where they write them (an application label
 * once, on the application, rather than on each object that carries it; a name on the value that has it), so an
 * object the DSL rendered is checked here only after a customization changed it, and a raw object's name and
 * namespace are checked where it is added.
 */
public final class MetadataRules implements RuleSet {

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.DNS1123_SUBDOMAIN, NameChecks.DNS1123_LABEL, NameChecks.DNS1035_LABEL,
                NameChecks.LABEL_KEY, NameChecks.LABEL_VALUE, NameChecks.ANNOTATIONS_SIZE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.all()) {
            Origin origin = resource.origin();
            if (origin.isDsl() && !origin.customized()) {
                continue;
            }
            Findings.On scope = findings.on(resource);
            if (origin.entry() == Origin.Entry.FILE || origin.entry() == Origin.Entry.ANNOTATION) {
                checkName(scope, resource);
            }
            check(scope, "metadata", resource.labels(), resource.annotations());
            set.pods(resource).filter(pod -> !pod.path().isEmpty())
                    .ifPresent(pod -> check(scope.field(pod.path()), "metadata", pod.labels(), pod.annotations()));
        }
    }

    /**
     * A Namespace's name is a DNS-1123 label, a Service's a DNS-1035 label, any other a DNS-1123 subdomain; the
     * namespace an object names is a DNS-1123 label.
     */
    private static void checkName(Findings.On scope, Resource resource) {
        String namespace = resource.object().getMetadata() == null ? null
                : resource.object().getMetadata().getNamespace();
        // an empty namespace is none: the object goes to the namespace it is applied in
        if (namespace != null && !namespace.isEmpty()) {
            Names.checkDns1123Label(scope, "metadata.namespace", namespace);
        }
        String name = resource.object().getMetadata() == null ? null : resource.object().getMetadata().getName();
        if (name == null) {
            return; // an object without name is unreadable, and reported so where it is read
        }
        switch (resource.kind()) {
            case "Namespace" -> Names.checkDns1123Label(scope, "metadata.name", name);
            case "Service" -> Names.checkDns1035Label(scope, "metadata.name", name);
            default -> Names.checkDns1123Subdomain(scope, "metadata.name", name);
        }
    }

    private static void check(Findings.On scope, String field, Map<String, String> labels,
                              Map<String, String> annotations) {
        labels.forEach((key, value) -> {
            Names.checkLabelKey(scope, field + ".labels", key);
            Names.checkLabelValue(scope, field + ".labels." + key, value);
        });
        annotations.keySet().forEach(key -> Names.checkLabelKey(scope, field + ".annotations", key));
        Annotations.checkSize(scope, field + ".annotations", annotations);
    }
}
