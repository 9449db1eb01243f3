package io.manifesto.lint;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.manifesto.objects.FieldPositions;
import io.manifesto.objects.Origin;
import io.manifesto.objects.ResourceScope;
import io.manifesto.objects.Resource;
import io.manifesto.validate.Problem;
import io.manifesto.validate.Severity;
import io.manifesto.validate.SourcePosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of manifests, read into the objects the rules check, each with the file and line it starts on and the
 * lines of its fields; {@code kind: List} documents give their items. What cannot be read is a problem of the file,
 * never an exception: the other files are still checked.
 */
final class ManifestSource {

    /** A file or document that cannot be read: a syntax error, or a document that is not a Kubernetes object. */
    static final String UNREADABLE = "lint.unreadable";

    // no scalar coercion: the API server takes neither "3" for a number nor 42 for a string (labels: {version: 1.0})
    private static final ObjectMapper TYPED = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> {
                for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.Boolean)) {
                    text.setCoercion(shape, CoercionAction.Fail);
                }
            }).build();
    private static final SchemaFields SCHEMA = new SchemaFields(TYPED);

    private final List<Resource> resources = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private ManifestSource() {
    }

    /** The objects and reading problems of {@code text}, named {@code file} in positions. */
    static ManifestSource read(String file, String text) {
        ManifestSource source = new ManifestSource();
        List<PositionedTree.Document> documents;
        try {
            documents = PositionedTree.read(text, file.endsWith(".json"));
        } catch (JsonProcessingException e) {
            SyntaxError error = SyntaxError.of(e);
            source.unreadable(new SourcePosition(file, error.line()), file, "",
                    "is not valid YAML or JSON at line " + error.line() + ", column " + error.column() + ": "
                            + error.message(),
                    "correct the syntax there; the other files were still checked");
            return source;
        } catch (IOException e) {
            source.unreadable(new SourcePosition(file, 0), file, "", "cannot be read: " + e.getMessage(),
                    "check that the file exists and can be read");
            return source;
        }
        for (int index = 0; index < documents.size(); index++) {
            PositionedTree.Document document = documents.get(index);
            JsonNode tree = document.tree();
            if (tree.isNull() || tree.isMissingNode() || (tree.isObject() && tree.isEmpty())) {
                continue;
            }
            if (tree.path("kind").asText().equals("List") && tree.path("items").isArray()) {
                for (JsonNode item : tree.path("items")) {
                    source.add(file, document, item, document.valueLines().getOrDefault(item, document.line()));
                }
            } else {
                source.add(file, document, tree, document.line());
            }
        }
        return source;
    }

    private void add(String file, PositionedTree.Document document, JsonNode tree, int line) {
        SourcePosition position = new SourcePosition(file, line);
        String kind = tree.path("kind").asText("");
        String name = tree.path("metadata").path("name").asText("");
        String resource = kind.isEmpty() ? file : kind + "/" + name;
        if (!tree.isObject()) {
            unreadable(position, resource, "", "is " + (tree.isArray() ? "a list" : "a scalar") + ", not an object",
                    "write a Kubernetes object: a map with apiVersion, kind and metadata");
            return;
        }
        for (String field : List.of("apiVersion", "kind")) {
            if (!tree.path(field).isTextual() || tree.path(field).asText().isBlank()) {
                unreadable(position, resource, field, "the object has no " + field,
                        "set " + field + (field.equals("kind") ? ", e.g. Deployment" : ", e.g. apps/v1"));
                return;
            }
        }
        try {
            KubernetesResource typed = TYPED.treeToValue(tree, KubernetesResource.class);
            if (!(typed instanceof HasMetadata object)) {
                unreadable(position, resource, "", "is not a Kubernetes object with metadata",
                        "write a Kubernetes object: a map with apiVersion, kind and metadata");
                return;
            }
            FieldPositions fields = document.positions(file, tree);
            checkSchema(object, tree, resource, fields, position);
            String namespace = ResourceScope.isNamespaced(object)
                    ? ResourceScope.namespaceOf(object).orElse("") : "";
            resources.add(new Resource(object, namespace, Origin.file(position, fields)));
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    ? path(mapping) : "";
            Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            String why = target == null ? e.getOriginalMessage() : "is " + TypeNames.of(tree.at(pointer(
                    (MismatchedInputException) e))) + " where the field takes " + TypeNames.of(target);
            unreadable(document.positions(file, tree).find(field).orElse(position), resource, field,
                    "does not fit the " + kind + " schema: " + why, target == String.class
                            ? "quote the value, so that YAML reads it as a string"
                            : "write the value the field's type takes");
        }
    }

    /**
     * Reports a kind its API group does not serve, the fields the schema does not have and the required fields
     * missing, which the API server rejects. The object is checked by the rules all the same, so that one run
     * reports every mistake.
     */
    private void checkSchema(HasMetadata object, JsonNode tree, String resource, FieldPositions fields,
                             SourcePosition position) {
        if (object instanceof GenericKubernetesResource) {
            String apiVersion = object.getApiVersion();
            if (ServedKinds.isUnserved(apiVersion, object.getKind())) {
                error(ServedKinds.UNKNOWN_KIND, fields.find("kind").orElse(position), resource, "kind",
                        object.getKind(), "is not a kind that " + apiVersion + " serves, so the API server"
                                + " rejects the object",
                        "correct apiVersion and kind, e.g. apps/v1 Deployment or policy/v1 PodDisruptionBudget");
            }
            return;
        }
        for (SchemaFields.Finding finding : SCHEMA.check(tree, object.getClass())) {
            SourcePosition at = fields.find(finding.field()).orElse(position);
            if (finding.unknown()) {
                error(SchemaFields.UNKNOWN_FIELD, at, resource, finding.field(), null,
                        "is not a field of the " + object.getKind() + " schema, so kubectl apply rejects it"
                                + " (strict field validation)", "correct the field's name, or remove it");
            } else {
                error(SchemaFields.REQUIRED_FIELD, at, resource, finding.field(), null,
                        "is required by the " + object.getKind() + " schema, so the API server rejects the"
                                + " object without it", "set " + finding.field());
            }
        }
    }

    private static JsonPointer pointer(com.fasterxml.jackson.databind.JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (var reference : e.getPath()) {
            pointer = reference.getFieldName() != null ? pointer.appendProperty(reference.getFieldName())
                    : pointer.appendIndex(Math.max(reference.getIndex(), 0));
        }
        return pointer;
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private void unreadable(SourcePosition position, String resource, String field, String message, String fix) {
        error(UNREADABLE, position, resource, field, null, message, fix);
    }

    private void error(String rule, SourcePosition position, String resource, String field, String value,
                       String message, String fix) {
        problems.add(new Problem(Severity.ERROR, rule, resource, field, value, message, fix, position));
    }

    /** The objects read, in file order. */
    List<Resource> resources() {
        return resources;
    }

    /** What could not be read. */
    List<Problem> problems() {
        return problems;
    }
}
