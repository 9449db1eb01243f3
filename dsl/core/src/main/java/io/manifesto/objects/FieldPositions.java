package io.manifesto.objects;

import io.manifesto.validate.SourcePosition;

import java.util.Map;
import java.util.Optional;

/**
 * The line of each field of an object read from a file, by field path in the form problems use:
 * {@code spec.template.spec.containers[web].image} (list items by their {@code name} where they have one, else by
 * index, {@code [0]}). A field that was not written is found at its nearest written parent.
 */
public final class FieldPositions {

    /** No positions: an object that was not read from a file. */
    public static final FieldPositions NONE = new FieldPositions(Map.of());

    private final Map<String, SourcePosition> positions;

    /** @param positions the position of each field path; copied */
    public FieldPositions(Map<String, SourcePosition> positions) {
        this.positions = Map.copyOf(positions);
    }

    /** The position of {@code field}, or of its nearest parent that has one. */
    public Optional<SourcePosition> find(String field) {
        if (positions.isEmpty() || field == null) {
            return Optional.empty();
        }
        String path = field;
        while (!path.isEmpty()) {
            SourcePosition position = positions.get(path);
            if (position != null) {
                return Optional.of(position);
            }
            path = parent(path);
        }
        return Optional.empty();
    }

    /** The path without its last segment: {@code a.b[x.y]} gives {@code a.b}, {@code a.b} gives {@code a}. */
    static String parent(String path) {
        int depth = 0;
        for (int i = path.length() - 1; i > 0; i--) {
            char c = path.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                depth--;
                if (depth == 0) {
                    return path.substring(0, i);
                }
            } else if (c == '.' && depth == 0) {
                return path.substring(0, i);
            }
        }
        return "";
    }
}
