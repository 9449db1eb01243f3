package io.manifesto.examples;

import io.manifesto.core.Application;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One example: a name (its golden file is {@code golden-manifests/<name>.yaml}), what it shows, and the definition
 * that builds its application.
 *
 * @param name        the file name without {@code .yaml}
 * @param description one line for humans
 * @param definition  builds the application (and runs every rule)
 */
public record Example(String name, String description, Supplier<Application> definition) {

    public Example {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(definition, "definition");
    }

    /** The name, as test reports show it. */
    @Override
    public String toString() {
        return name;
    }

    /** The golden file's name, {@code <name>.yaml}. */
    public String fileName() {
        return name + ".yaml";
    }
}
