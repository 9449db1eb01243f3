package com.acme;

import io.manifesto.Manifesto;
import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;
import io.manifesto.workload.Deployment;

import java.util.List;

import static io.manifesto.Manifesto.*;

/** The shop, in production (autoscaled) and staging (one replica). */
public final class Shop implements Definition {

    @Override
    public List<Environment> environments() {
        return List.of(Environment.named("prod"), Environment.named("staging"));
    }

    @Override
    public Application application(Environment environment) {
        Deployment web = deployment("web")
                .container(container("web")
                        .image("myregistry.azurecr.io/shop:1.4.2")
                        .port("http", 8080)
                        .requests(cpu("100m"), memory("128Mi"))
                        .limits(cpu("200m"), memory("256Mi")));
        // application(...) of Manifesto, not this class's application(Environment)
        Application.Builder shop = Manifesto.application("shop").namespace("shop-" + environment.name());
        return environment.name().equals("prod")
                ? shop.add(web).add(hpa(web).replicas(2, 10).cpuUtilization(70)).build()
                : shop.add(web.replicas(1)).build();
    }
}
