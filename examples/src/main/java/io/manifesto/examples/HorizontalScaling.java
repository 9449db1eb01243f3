package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.workload.Deployment;

import static io.manifesto.Manifesto.*;

/**
 * The talk's "horizontal pod scaling" web app: a stateless Deployment whose containers request {@code cpu: 100m}
 * and are limited to {@code cpu: 200m} (the slide's numbers), memory too. Requests are what an autoscaler measures
 * utilisation against.
 */
public final class HorizontalScaling {

    private HorizontalScaling() {
    }

    /** The web app's Deployment, shared by every example that scales it. */
    public static Deployment webApp() {
        return deployment("web")
                .container(container("web")
                        .image("myregistry.azurecr.io/web:2.1.0")
                        .port("http", 8080)
                        .env("ASPNETCORE_URLS", "http://+:8080")
                        .requests(cpu("100m"), memory("128Mi"))
                        .limits(cpu("200m"), memory("256Mi"))
                        .readiness(httpGet("http", "/ready").periodSeconds(5))
                        .liveness(httpGet("http", "/healthz").initialDelaySeconds(10))
                        .security(io.manifesto.security.ContainerSecurity.NONE.readOnlyRootFilesystem())
                        .mount("tmp", "/tmp"))
                .volume(io.manifesto.workload.Volume.emptyDir("tmp"))
                .strategy(rollingUpdate(percent(25), count(0)));
    }

    /** The application: the web app, with two replicas until an autoscaler takes over. */
    public static Application define() {
        return application("shop")
                .namespace("shop")
                .add(webApp().replicas(2))
                .build();
    }
}
