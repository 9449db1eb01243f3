package com.acme;

import io.manifesto.core.Application;

import static io.manifesto.Manifesto.*;

/** A CPU request above its limit. */
public final class Cart {

    private Cart() {
    }

    public static Application define() {
        return application("cart").add(deployment("cart").container(container("cart")
                .image("myregistry.azurecr.io/cart:1.0.0").requests(cpu("300m")).limits(cpu("200m")))).build();
    }
}
