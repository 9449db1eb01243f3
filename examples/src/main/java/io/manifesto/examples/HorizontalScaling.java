package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.scaling.HorizontalPodAutoscaler;
import io.manifesto.scaling.ScalingPolicy;
import io.manifesto.scaling.ScalingRules;
import io.manifesto.scaling.SelectPolicy;
import io.manifesto.security.ContainerSecurity;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.Volume;

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
                        .security(ContainerSecurity.NONE.readOnlyRootFilesystem())
                        .mount("tmp", "/tmp"))
                .volume(Volume.emptyDir("tmp"))
                .strategy(rollingUpdate(percent(25), count(0)));
    }

    /**
     * The application: the web app scaled by an HPA between 2 and 10 replicas on 70% CPU utilisation (of the
     * 100m request), adding pods fast (double, or 4 pods, every 15 s) and removing them slowly (10% a minute
     * after 5 minutes of lower load). The Deployment renders without {@code spec.replicas}: the HPA owns it.
     */
    public static Application define() {
        Deployment web = webApp();
        return application("shop")
                .namespace("shop")
                .add(web)
                .add(autoscaler(web))
                .build();
    }

    /**
     * The web app's autoscaler: 2 to 10 replicas on 70% CPU utilisation, fast up (double, or 4 pods, every 15 s),
     * slow down (10% a minute after 5 minutes of lower load). Shared by every example that scales the web app.
     */
    public static HorizontalPodAutoscaler autoscaler(Deployment web) {
        return hpa(web).replicas(2, 10).cpuUtilization(70)
                        .scaleUp(ScalingRules.defaults()
                                .stabilizationWindowSeconds(0)
                                .policy(ScalingPolicy.percent(100, 15))
                                .policy(ScalingPolicy.pods(4, 15))
                                .selectPolicy(SelectPolicy.MAX))
                        .scaleDown(ScalingRules.defaults()
                                .stabilizationWindowSeconds(300)
                                .policy(ScalingPolicy.percent(10, 60)));
    }
}
