package io.manifesto.environment;

/**
 * One field that differs between two renderings of an object.
 *
 * @param path  the field path, e.g. {@code spec.template.spec.containers[web].image}; list entries that have a
 *              {@code name} are written by name, others by index
 * @param left  the value in the first rendering, as JSON ({@code <none>} when the field is absent)
 * @param right the value in the second rendering, as JSON ({@code <none>} when the field is absent)
 */
public record FieldDrift(String path, String left, String right) {

    /** The text of an absent value. */
    public static final String NONE = "<none>";

    /** {@code path: left -> right}. */
    @Override
    public String toString() {
        return path + ": " + left + " -> " + right;
    }
}
