package io.manifesto.build;

import io.manifesto.Manifesto;
import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;

import java.util.List;

import static io.manifesto.Manifesto.*;

/** Two environments that differ in replicas: what the build finds and renders. */
public final class ShopDefinition implements Definition {

    @Override
    public List<Environment> environments() {
        return List.of(Environment.named("prod"), Environment.named("staging"));
    }

    @Override
    public Application application(Environment environment) {
        int replicas = environment.name().equals("prod") ? 3 : 1;
        return Manifesto.application("shop")
                .add(deployment("web").replicas(replicas)
                        .container(container("web").image("registry.example/shop:1.0.0").port("http", 8080)))
                .build();
    }
}
