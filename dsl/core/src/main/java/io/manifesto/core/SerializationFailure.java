package io.manifesto.core;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

/**
 * Where Jackson could not serialize a fabric8 object, read from the exception it threw, so that the problem names the
 * field and the class of the value instead of leaking Jackson's exception.
 *
 * @param field the field path of the value, e.g. {@code spec.template.metadata.annotations}; {@code ""} when unknown
 * @param type  the class of the value that cannot be serialized, or {@code null} when unknown
 */
record SerializationFailure(String field, String type) {

    private static final String ANY_GETTER = "getAdditionalProperties";

    /** The failure behind {@code thrown}, usually an {@link IllegalArgumentException} from {@code convertValue}. */
    static SerializationFailure of(RuntimeException thrown) {
        if (!(thrown.getCause() instanceof JsonMappingException mapping)) {
            return new SerializationFailure("", null);
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (ANY_GETTER.equals(reference.getFieldName())) {
                continue; // fabric8 keeps unknown fields in a map that Jackson writes inline, as fields of the object
            }
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        String type = mapping instanceof InvalidDefinitionException definition && definition.getType() != null
                ? definition.getType().getRawClass().getName() : null;
        return new SerializationFailure(field.toString(), type);
    }
}
