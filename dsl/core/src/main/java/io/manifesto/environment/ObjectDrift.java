package io.manifesto.environment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How one object differs between two renderings: only in the first, only in the second, or changed field by field.
 * Objects are matched by kind and name: the namespace is a field, so an environment's own namespace shows as a
 * change of {@code metadata.namespace}.
 *
 * @param object {@code Kind/name}
 * @param change what happened to it
 * @param fields the fields that differ, in path order; empty unless {@link Change#CHANGED}
 */
public record ObjectDrift(String object, Change change, List<FieldDrift> fields) {

    public ObjectDrift {
        fields = List.copyOf(fields);
    }

    /** Whether the object is in one rendering only, or in both with different fields. */
    public enum Change {
        /** Only in the first rendering. */
        ONLY_LEFT("-", "only in the first"),
        /** Only in the second rendering. */
        ONLY_RIGHT("+", "only in the second"),
        /** In both, with different fields. */
        CHANGED("~", "changed");

        private final String sign;
        private final String words;

        Change(String sign, String words) {
            this.sign = sign;
            this.words = words;
        }
    }

    /** {@code ~ Deployment/web} and one indented line per field, or {@code + Kind/name (only in the second)}. */
    @Override
    public String toString() {
        if (change != Change.CHANGED) {
            return change.sign + " " + object + " (" + change.words + ")";
        }
        return change.sign + " " + object + fields.stream().map(f -> "\n    " + f).collect(Collectors.joining());
    }
}
