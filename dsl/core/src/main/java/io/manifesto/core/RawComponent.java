package io.manifesto.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * Any fabric8 object added to an application as it is: the escape hatch for what the DSL does not model. It is
 * copied when added, so later changes to the caller's object do not leak into the application. It gets the
 * application's namespace when it is namespaced and has none, and nothing else.
 */
final class RawComponent implements Component {

    /** Rule id: an object without kind or name. */
    static final String INCOMPLETE_RULE = "raw.incomplete";

    private static final ObjectMapper COPIER = new ObjectMapper();

    private final HasMetadata object;

    RawComponent(HasMetadata object) {
        this.object = copy(object);
    }

    @Override
    public List<ResourceId> ids() {
        return List.of(ResourceId.of(object));
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(ResourceId.of(object).toString());
        if (object.getKind() == null || object.getKind().isBlank()) {
            scope.error(INCOMPLETE_RULE, "kind", null, "the object has no kind",
                    "build it with its fabric8 builder, which sets apiVersion and kind");
        }
        String name = object.getMetadata() == null ? null : object.getMetadata().getName();
        if (name == null) {
            scope.error(INCOMPLETE_RULE, "metadata.name", null, "the object has no name",
                    "set metadata.name");
        } else {
            Names.checkDns1123Subdomain(scope, "metadata.name", name);
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
