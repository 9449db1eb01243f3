package io.manifesto.annotations.decorator;

import io.dekorate.kubernetes.decorator.AddAnnotationDecorator;
import io.dekorate.kubernetes.decorator.AddCommitIdAnnotationDecorator;
import io.dekorate.kubernetes.decorator.AddLabelDecorator;
import io.dekorate.kubernetes.decorator.AddMetadataToTemplateDecorator;
import io.dekorate.kubernetes.decorator.AddVcsUrlAnnotationDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.kubernetes.decorator.NamedResourceDecorator;
import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.dekorate.utils.Annotations;
import io.dekorate.utils.Labels;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaFluent;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Removes what dekorate takes from version control, on every object and pod template: the annotations
 * {@code app.dekorate.io/vcs-url} and {@code app.dekorate.io/commit-id}, and every label or annotation whose value
 * is {@code <<unknown>>} (what dekorate writes when it finds no remote).
 */
public final class RemoveVcsInfoDecorator extends NamedResourceDecorator<ObjectMetaFluent<?>> {

    /** The annotation keys removed. */
    public static final List<String> KEYS = List.of(Annotations.VCS_URL, Annotations.COMMIT_ID);

    @Override
    public void andThenVisit(ObjectMetaFluent<?> meta, ObjectMeta resource) {
        if (meta.getAnnotations() != null) {
            meta.removeFromAnnotations(known(meta.getAnnotations()));
        }
        if (meta.getLabels() != null) {
            meta.removeFromLabels(known(meta.getLabels()));
        }
    }

    private static Map<String, String> known(Map<String, String> entries) {
        Map<String, String> removed = new TreeMap<>();
        entries.forEach((key, value) -> {
            if (KEYS.contains(key) || Labels.UNKNOWN.equals(value)) {
                removed.put(key, value);
            }
        });
        return removed;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // dekorate's signature: an array of raw decorator classes
    public Class<? extends Decorator>[] after() {
        return new Class[] {ResourceProvidingDecorator.class, AddVcsUrlAnnotationDecorator.class,
                AddCommitIdAnnotationDecorator.class, AddAnnotationDecorator.class, AddLabelDecorator.class,
                AddMetadataToTemplateDecorator.class};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoveVcsInfoDecorator;
    }

    @Override
    public int hashCode() {
        return RemoveVcsInfoDecorator.class.hashCode();
    }
}
