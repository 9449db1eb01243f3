package io.manifesto.environment;

import io.manifesto.core.Application;

import java.util.List;

/**
 * A team's infrastructure as one Java definition, rendered once per environment: what the build integration (the
 * Maven plugin, the CLI) finds and renders. Implementations need a public no-argument constructor; list them in
 * {@code META-INF/services/io.manifesto.environment.Definition} to be found without configuration.
 */
public interface Definition {

    /** The environments this definition renders, in order; {@link Environment#DEFAULT} alone unless overridden. */
    default List<Environment> environments() {
        return List.of(Environment.DEFAULT);
    }

    /** The application for {@code environment}: built, so every rule has run. */
    Application application(Environment environment);
}
