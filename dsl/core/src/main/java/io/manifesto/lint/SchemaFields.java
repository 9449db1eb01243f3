package io.manifesto.lint;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of a document that its kind's schema does not have, and the required fields it lacks, found by walking
 * the document beside the fabric8 model it was read into: fabric8 keeps an unknown field in
 * {@code additionalProperties} and a missing required one as {@code null}, and the API server rejects both
 * ({@code kubectl apply} validates strictly). The required fields of the Kubernetes types come from
 * {@code required-fields.properties}, generated from the official client's OpenAPI models
 * ({@code .ci/schema-check/RequiredFields.java}); fabric8's models do not record them.
 */
final class SchemaFields {

    /** A field that is no property of the object's schema. */
    static final String UNKNOWN_FIELD = "lint.unknown-field";
    /** A field the schema requires, missing. */
    static final String REQUIRED_FIELD = "lint.required-field";

    /** One finding: the field path, and whether it is unknown (or else missing). */
    record Finding(String field, boolean unknown) {
    }

    private static final String KUBERNETES_MODELS = "io.fabric8.kubernetes.api.model";
    private static final Map<String, Set<String>> REQUIRED = loadRequired();
    private static final Map<JavaType, Map<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

    private final ObjectMapper mapper;

    SchemaFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The unknown and missing required fields of {@code tree}, read as {@code type}, in document order. */
    List<Finding> check(JsonNode tree, Class<?> type) {
        List<Finding> findings = new java.util.ArrayList<>();
        walk(tree, mapper.constructType(type), "", findings);
        return findings;
    }

    private void walk(JsonNode node, JavaType type, String path, List<Finding> findings) {
        if (type.isCollectionLikeType() && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), type.getContentType(), path + "[" + i + "]", findings);
            }
            return;
        }
        if (type.isMapLikeType() && node.isObject()) {
            node.properties().forEach(entry -> walk(entry.getValue(), type.getContentType(),
                    join(path, entry.getKey()), findings));
            return;
        }
        if (!node.isObject() || !isModel(type.getRawClass())) {
            return;
        }
        Map<String, JavaType> properties = PROPERTIES.computeIfAbsent(type, this::properties);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JavaType property = properties.get(entry.getKey());
            if (property == null) {
                findings.add(new Finding(join(path, entry.getKey()), true));
            } else {
                walk(entry.getValue(), property, join(path, entry.getKey()), findings);
            }
        }
        if (type.getRawClass().getPackageName().startsWith(KUBERNETES_MODELS)) {
            for (String required : REQUIRED.getOrDefault(type.getRawClass().getSimpleName(), Set.of())) {
                if (node.path(required).isMissingNode() || node.path(required).isNull()) {
                    findings.add(new Finding(join(path, required), false));
                }
            }
        }
    }

    /** A generated fabric8 model read field by field: not a value type with its own deserializer. */
    private static boolean isModel(Class<?> type) {
        if (!type.getName().startsWith("io.fabric8.") || type.isInterface() || type.isEnum()
                || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        JsonDeserialize custom = type.getAnnotation(JsonDeserialize.class);
        return custom == null || custom.using() == JsonDeserializer.None.class;
    }

    private Map<String, JavaType> properties(JavaType type) {
        BeanDescription bean = mapper.getDeserializationConfig().introspect(type);
        Map<String, JavaType> properties = new HashMap<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.hasSetter() || property.hasField() || property.hasConstructorParameter()) {
                properties.put(property.getName(), property.getPrimaryType());
            }
        }
        return properties;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Map<String, Set<String>> loadRequired() {
        Properties properties = new Properties();
        try (InputStream in = SchemaFields.class.getResourceAsStream("required-fields.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> required = new HashMap<>();
        properties.forEach((type, fields) -> required.put((String) type,
                new TreeSet<>(Arrays.asList(((String) fields).split(",")))));
        return Map.copyOf(required);
    }
}
