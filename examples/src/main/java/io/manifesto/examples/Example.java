package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.environment.Environment;
import io.manifesto.spaces.SpaceDefinition;
import io.manifesto.spaces.SpaceRendering;
import io.manifesto.spaces.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One example: a name, what it shows, and its renderings. A single-environment example renders to
 * {@code golden-manifests/<name>.yaml}; an example with environments renders each to
 * {@code golden-manifests/<name>/<environment>.yaml}, its spaces too.
 *
 * @param name        the file name without {@code .yaml}, or the folder of the environments
 * @param description one line for humans
 * @param renderings  what is rendered, each to its file
 */
public record Example(String name, String description, List<Rendering> renderings) {

    public Example {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        renderings = List.copyOf(renderings);
    }

    /** A single-environment example whose {@code definition} builds the application (and runs every rule). */
    public Example(String name, String description, Supplier<Application> definition) {
        this(name, description, List.of(new Rendering(name + ".yaml", definition)));
    }

    /** An example rendered for every environment of {@code definition}, then for every space it declares. */
    public static Example ofEnvironments(String name, String description, SpaceDefinition definition) {
        Spaces spaces = Spaces.of(definition);
        List<Rendering> renderings = new ArrayList<>();
        for (Environment environment : definition.environments()) {
            renderings.add(new Rendering(name + "/" + environment.name() + ".yaml",
                    () -> definition.application(environment)));
        }
        for (var space : spaces.spaces()) {
            renderings.add(new Rendering(name + "/" + space.environmentName() + ".yaml",
                    () -> spaces.render().stream().filter(r -> r.space().equals(space)).findFirst()
                            .map(SpaceRendering::application).orElseThrow()));
        }
        return new Example(name, description, renderings);
    }

    /** The name, as test reports show it. */
    @Override
    public String toString() {
        return name;
    }

    /**
     * One rendered file of an example.
     *
     * @param path        the file's path under {@code golden-manifests/}: {@code <name>.yaml} or
     *                    {@code <name>/<environment>.yaml}
     * @param application builds the application (and runs every rule)
     */
    public record Rendering(String path, Supplier<Application> application) {

        public Rendering {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(application, "application");
        }

        /** The path, as test reports show it. */
        @Override
        public String toString() {
            return path;
        }
    }
}
