package io.manifesto.examples;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Application;
import io.manifesto.environment.Environment;
import io.manifesto.security.ContainerSecurity;
import io.manifesto.spaces.Autoscalers;
import io.manifesto.spaces.HeaderRouting;
import io.manifesto.spaces.Space;
import io.manifesto.spaces.SpaceDefinition;
import io.manifesto.tls.Issuer;
import io.manifesto.workload.Container;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.EnvVar;
import io.manifesto.workload.Volume;

import java.util.List;
import java.util.function.UnaryOperator;

import static io.manifesto.Manifesto.*;

/**
 * The talk's "dev spaces": one definition of a shop (a web front end and an orders API that web calls by its Service
 * name) rendered for production, staging and the shared dev environment, and for two developers' spaces under dev:
 * alice runs only web (orders falls back to dev's) and is reached by header on dev's host too; bob runs both.
 */
public final class DevSpaces implements SpaceDefinition {

    // dev-spaces:begin
    /** Production: three to ten web replicas, and headroom for two more kept warm. */
    public static final Environment PROD = Environment.named("prod")
            .namespace("shop")
            .host("web", "shop.example.com")
            .replicas(3, 10);
    /** Staging: the release candidate of web, two to four replicas. */
    public static final Environment STAGING = Environment.named("staging")
            .namespace("shop-staging")
            .host("web", "staging.shop.example.com")
            .replicas(2, 4)
            .imageTag("myregistry.azurecr.io/web", "2.2.0-rc.1")
            .without("overprovisioning");
    /** The shared dev environment, parent of the developers' spaces: main's latest builds, one to three replicas. */
    public static final Environment DEV = Environment.named("dev")
            .namespace("shop-dev")
            .host("web", "dev.shop.example.com")
            .replicas(1, 3)
            .imageTag("myregistry.azurecr.io/web", "2.2.0-dev.14")
            .imageTag("myregistry.azurecr.io/orders", "1.5.0-dev.3")
            .without("overprovisioning");

    /** Alice works on web: orders falls back to dev's; requests with {@code kubernetes-route-as: alice} reach her. */
    public static final Space ALICE = Space.named("alice").parent(DEV).runs("web")
            .routeByHeader(HeaderRouting.nginxCanary());
    /** Bob works on both, with web at a fixed replica instead of a pinned autoscaler. */
    public static final Space BOB = Space.named("bob").parent(DEV).runs("web", "orders")
            .autoscalers(Autoscalers.REMOVED);

    @Override
    public List<Environment> environments() {
        return List.of(PROD, STAGING, DEV);
    }

    @Override
    public List<Space> spaces() {
        return List.of(ALICE, BOB);
    }

    @Override
    public Application application(Environment environment) {
        ConfigMap ordersConfig = configMap("orders-config")
                .entry("LOG_LEVEL", environment.equals(PROD) ? "warn" : "debug");
        Deployment orders = service("orders", environment.image("myregistry.azurecr.io/orders", "1.4.0"),
                container -> container.env(EnvVar.fromConfigMap("LOG_LEVEL", ordersConfig, "LOG_LEVEL")))
                .replicas(environment.replicas().min());
        // web calls orders by its Service name: in a space without orders, the ExternalName fallback answers it
        Deployment web = service("web", environment.image("myregistry.azurecr.io/web", "2.1.0"),
                container -> container.env("ORDERS_URL", "http://orders:8080"));
        Issuer letsEncrypt = clusterIssuer("letsencrypt-prod", letsEncryptProduction()
                .email("platform-team@contoso.com")
                .solver(http01("nginx")));
        Application.Builder shop = Application.named("shop")
                .namespace(environment.namespace().orElseThrow())
                .createNamespace()
                .add(ordersConfig, orders, web, letsEncrypt)
                .add(hpa(web).replicas(environment.replicas().min(), environment.replicas().max())
                        .cpuUtilization(70))
                .add(ingress("web").ingressClass("nginx")
                        .route(environment.host("web"), "/", web.port("http"))
                        .tls(tlsIssuedBy(letsEncrypt, "web-tls", environment.host("web"))))
                .add(disruptionBudget(web).maxUnavailable(count(1)));
        if (environment.has("overprovisioning")) {
            shop.add(overprovisioning("headroom").roomFor(web, 2));
        }
        return shop.build();
    }
    // dev-spaces:end

    private static Deployment service(String name, String image, UnaryOperator<Container> own) {
        return deployment(name)
                .container(own.apply(container(name))
                        .image(image)
                        .port("http", 8080)
                        .requests(cpu("100m"), memory("128Mi"))
                        .limits(cpu("200m"), memory("256Mi"))
                        .readiness(httpGet("http", "/ready"))
                        .security(ContainerSecurity.NONE.readOnlyRootFilesystem())
                        .mount("tmp", "/tmp"))
                .volume(Volume.emptyDir("tmp"));
    }
}
