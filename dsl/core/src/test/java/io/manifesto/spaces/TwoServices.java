package io.manifesto.spaces;

import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;
import io.manifesto.tls.Issuer;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.EnvVar;

import java.util.List;

import static io.manifesto.Manifesto.*;

/** A test definition: web (the entry point) calling orders, which reads a ConfigMap and a Secret, in dev and prod. */
final class TwoServices implements Definition {

    static final Environment DEV = Environment.named("dev").namespace("shop-dev").host("web", "dev.shop.example.com")
            .replicas(1, 3);
    static final Environment PROD = Environment.named("prod").namespace("shop").host("web", "shop.example.com")
            .replicas(3, 10);

    private final Environment dev;

    TwoServices() {
        this(DEV);
    }

    /** The same with {@code dev} as the dev environment, e.g. with a longer host. */
    TwoServices(Environment dev) {
        this.dev = dev;
    }

    @Override
    public List<Environment> environments() {
        return List.of(dev, PROD);
    }

    @Override
    public Application application(Environment environment) {
        var config = configMap("orders-config").entry("LOG_LEVEL", "debug");
        Deployment orders = deployment("orders").replicas(environment.replicas().min())
                .container(container("orders").image("example.com/orders:1.0.0").port("http", 8080)
                        .requests(cpu("100m"), memory("64Mi"))
                        .env(EnvVar.fromConfigMap("LOG_LEVEL", config, "LOG_LEVEL"))
                        .env(EnvVar.fromSecret("DB_PASSWORD", "orders-db", "password")));
        Deployment web = deployment("web")
                .container(container("web").image("example.com/web:1.0.0").port("http", 8080)
                        .requests(cpu("100m"), memory("64Mi")));
        Issuer issuer = clusterIssuer("letsencrypt-prod", letsEncryptProduction().email("team@contoso.com")
                .solver(http01("nginx")));
        return Application.named("shop").namespace(environment.namespace().orElseThrow())
                .add(config, orders, web, issuer)
                .add(hpa(web).replicas(environment.replicas().min(), environment.replicas().max())
                        .cpuUtilization(70))
                .add(disruptionBudget(web).maxUnavailable(count(1)))
                .add(ingress("web").ingressClass("nginx").route(environment.host("web"), "/", web.port("http"))
                        .tls(tlsIssuedBy(issuer, "web-tls", environment.host("web"))))
                .build();
    }
}
