package io.manifesto.build;

import io.manifesto.core.Application;
import io.manifesto.environment.Environment;

import java.util.Objects;

/**
 * One definition's application for one environment, built (every rule has run).
 *
 * @param definition  the class name of the definition, for messages
 * @param environment the environment it was rendered for
 * @param application the built application
 */
public record Rendering(String definition, Environment environment, Application application) {

    public Rendering {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(application, "application");
    }
}
