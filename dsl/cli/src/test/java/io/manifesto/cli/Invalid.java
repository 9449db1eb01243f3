package io.manifesto.cli;

import io.manifesto.core.Application;

import static io.manifesto.Manifesto.*;

/** A definition by static factory whose CPU request is above its limit. */
public final class Invalid {

    private Invalid() {
    }

    /** The invalid application. */
    public static Application define() {
        return application("invalid").add(deployment("web").container(container("web")
                .image("registry.example/web:1.0.0").requests(cpu("300m")).limits(cpu("200m")))).build();
    }
}
