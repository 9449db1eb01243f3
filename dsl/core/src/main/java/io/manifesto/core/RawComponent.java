package io.manifesto.core;

import io.manifesto.objects.ResourceScope;
import io.manifesto.objects.ResourceId;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * Any fabric8 object added to an application as it is: the escape hatch for what the DSL does not model. It is
 * copied when added, so later changes to the caller's object do not leak into the application. It gets the
 * application's namespace when it is namespaced and has none, and nothing else. Its rule ids are on
 * {@link Application}, where users add it.
 */
final class RawComponent implements Component {

    private static final ObjectMapper COPIER = new ObjectMapper();

    private final ResourceId id;
    /** The copy, or {@code null} when the object could not be copied: see {@link #failure}. */
    private final HasMetadata object;
    private final SerializationFailure failure;

    RawComponent(HasMetadata object) {
        this.id = ResourceId.of(object);
        HasMetadata copy = null;
        SerializationFailure failed = null;
        try {
            copy = copy(object);
        } catch (RuntimeException e) {
            // copying serializes it: what cannot be copied cannot be rendered either, so it is reported at build()
            failed = SerializationFailure.of(e);
        }
        this.object = copy;
        this.failure = failed;
    }

    @Override
    public List<ResourceId> ids() {
        return List.of(id);
    }

    /**
     * The namespace the object is applied in: its own {@code metadata.namespace}, or the application's when it is
     * namespaced and has none; {@code ""} for a cluster-scoped object, or when neither says.
     */
    String namespace(Model model) {
        if (object == null) { // not copied, reported: its kind is all there is
            return model.defaultNamespace(id.kind());
        }
        if (!ResourceScope.isNamespaced(object)) {
            return "";
        }
        return ResourceScope.namespaceOf(object).orElseGet(() -> model.namespace().orElse(""));
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id.toString());
        if (failure != null) {
            scope.error(Application.RAW_UNSERIALIZABLE_RULE, failure.field(), failure.type(),
                    "the object holds a value of a class that cannot be written as YAML",
                    "put only strings, numbers, booleans, lists, maps and fabric8 model objects in it");
            return;
        }
        if (object.getApiVersion() == null || object.getApiVersion().isBlank()) {
            scope.error(Application.RAW_INCOMPLETE_RULE, "apiVersion", object.getApiVersion(),
                    "the object has no apiVersion",
                    "build it with its fabric8 builder, which sets apiVersion and kind, or set it, e.g."
                            + " \"example.com/v1\"");
        }
        if (object.getKind() == null || object.getKind().isBlank()) {
            scope.error(Application.RAW_INCOMPLETE_RULE, "kind", null, "the object has no kind",
                    "build it with its fabric8 builder, which sets apiVersion and kind");
        }
        String name = object.getMetadata() == null ? null : object.getMetadata().getName();
        if (name == null) {
            scope.error(Application.RAW_INCOMPLETE_RULE, "metadata.name", null, "the object has no name",
                    "set metadata.name");
        } else {
            Names.checkDns1123Subdomain(scope, "metadata.name", name);
        }
        String namespace = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
        if (namespace != null && !namespace.isEmpty()) {
            Names.checkDns1123Label(scope, "metadata.namespace", namespace);
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(copy(object));
    }

    @SuppressWarnings("unchecked")
    private static <T extends HasMetadata> T copy(T object) {
        return (T) COPIER.convertValue(object, object.getClass());
    }
}
