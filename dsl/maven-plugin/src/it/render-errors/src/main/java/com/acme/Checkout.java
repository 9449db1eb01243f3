package com.acme;

import io.manifesto.core.Application;

import static io.manifesto.Manifesto.*;

/** A Service port that no container has. */
public final class Checkout {

    private Checkout() {
    }

    public static Application define() {
        return application("checkout").add(deployment("checkout").container(container("checkout")
                .image("myregistry.azurecr.io/checkout:1.0.0").port("http", 8080)).servicePort("htp", 80)).build();
    }
}
