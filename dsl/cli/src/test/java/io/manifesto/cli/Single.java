package io.manifesto.cli;

import io.manifesto.core.Application;

import static io.manifesto.Manifesto.*;

/** A definition by static factory: the default environment alone. */
public final class Single {

    private Single() {
    }

    /** One deployment. */
    public static Application define() {
        return application("single").add(deployment("api").container(container("api")
                .image("registry.example/api:2.0.0"))).build();
    }
}
