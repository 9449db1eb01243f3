package io.manifesto.build;

import io.manifesto.core.Application;
import io.manifesto.environment.Environment;

import java.util.List;
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

    /**
     * What the build prints besides problems, one line each, naming the definition and the environment like the
     * problems do: the workloads that run as their images' user ({@link Application#imageUserReport()}).
     */
    public List<String> notes() {
        String where = definition + " [" + environment.name() + "]: ";
        return application.imageUserReport().lines().stream().map(line -> where + line).toList();
    }
}
