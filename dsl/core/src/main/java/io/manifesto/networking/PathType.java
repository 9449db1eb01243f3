package io.manifesto.networking;

import java.util.Arrays;
import java.util.Optional;

/** How an ingress path matches request paths: {@code spec.rules[].http.paths[].pathType}, always rendered. */
public enum PathType {
    /** {@code Prefix}: matches the path and everything below it, element by element ({@code /a} matches {@code /a/b}). */
    PREFIX("Prefix"),
    /** {@code Exact}: matches the path only, case-sensitively. */
    EXACT("Exact"),
    /** {@code ImplementationSpecific}: the ingress controller decides (regular expressions, for some). */
    IMPLEMENTATION_SPECIFIC("ImplementationSpecific");

    private final String value;

    PathType(String value) {
        this.value = value;
    }

    /** The value Kubernetes spells, e.g. {@code Prefix}. */
    public String value() {
        return value;
    }

    /**
     * {@code true} for the types whose path the API server requires and checks element by element (Prefix and
     * Exact): never empty, and without {@code //}, {@code /./}, {@code /../}, {@code %2F} or a trailing {@code /.} or
     * {@code /..}. An ImplementationSpecific path may be left empty; any path that is set starts with {@code /}.
     */
    public boolean checksElements() {
        return this != IMPLEMENTATION_SPECIFIC;
    }

    /** The type Kubernetes spells {@code value}, e.g. {@code Prefix}; empty for any other value. */
    public static Optional<PathType> of(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }
}
