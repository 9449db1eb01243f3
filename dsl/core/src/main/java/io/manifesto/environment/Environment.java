package io.manifesto.environment;

import java.util.Objects;

/**
 * One place a definition is rendered for: {@code prod}, {@code staging}, the shared {@code dev}... A typed value that
 * a {@link Definition} reads, so that what differs between environments is plain Java, never a template.
 */
public final class Environment {

    /** The environment of a definition that declares none. */
    public static final Environment DEFAULT = new Environment("default");

    private final String name;

    private Environment(String name) {
        this.name = name;
    }

    /** An environment called {@code name}: the folder its manifests are written to, {@code <name>/}. */
    public static Environment named(String name) {
        return new Environment(Objects.requireNonNullElse(name, ""));
    }

    /** The environment's name. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Environment that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Environment/" + name;
    }
}
