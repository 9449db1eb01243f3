package io.manifesto.lint;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.Map;

/** The JSON types of a value and of a field, in the words of a problem: "a string", "an integer", "a list". */
final class TypeNames {

    private TypeNames() {
    }

    /** The type of {@code value}, with the value when it is a scalar: {@code the string "80"}. */
    static String of(JsonNode value) {
        if (value.isTextual()) {
            return "the string " + value;
        }
        if (value.isNumber() || value.isBoolean()) {
            return "the " + (value.isBoolean() ? "boolean " : "number ") + value;
        }
        return value.isArray() ? "a list" : value.isObject() ? "an object" : "null";
    }

    /** The JSON type a field of Java type {@code type} takes. */
    static String of(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) ? "a map" : "an object (" + type.getSimpleName() + ")";
    }
}
