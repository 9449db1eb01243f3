package io.manifesto.cli;

import io.manifesto.Manifesto;
import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;
import io.manifesto.workload.Deployment;

import java.util.List;

import static io.manifesto.Manifesto.*;

/**
 * A shop in two environments that differ the way real ones do: namespace, replicas, an env value, and objects only
 * production has (an autoscaler and a disruption budget).
 */
public final class Shop implements Definition {

    @Override
    public List<Environment> environments() {
        return List.of(Environment.named("prod"), Environment.named("staging"));
    }

    @Override
    public Application application(Environment environment) {
        boolean prod = environment.name().equals("prod");
        Deployment web = deployment("web")
                .container(container("web")
                        .image("registry.example/shop:1.4.2")
                        .port("http", 8080)
                        .env("LOG_LEVEL", prod ? "info" : "debug")
                        .requests(cpu("100m"), memory("128Mi"))
                        .limits(cpu("200m"), memory("256Mi")));
        Application.Builder shop = Manifesto.application("shop").namespace("shop-" + environment.name());
        if (prod) {
            return shop.add(web)
                    .add(hpa(web).replicas(2, 10).cpuUtilization(70))
                    .add(disruptionBudget(web).minAvailable(count(1)))
                    .build();
        }
        return shop.add(web.replicas(1)).build();
    }
}
