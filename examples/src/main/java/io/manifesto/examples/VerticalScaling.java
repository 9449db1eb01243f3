package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.resources.ResourceName;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.UpdateMode;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.StatefulSet;

import static io.manifesto.Manifesto.*;

/**
 * The talk's "vertical pod scaling": a VPA sizes the PostgreSQL StatefulSet, which cannot scale out; and a
 * stateless service is scaled both ways at once, the HPA on CPU and the VPA on memory only, so the two never act on
 * the same resource.
 */
public final class VerticalScaling {

    private VerticalScaling() {
    }

    /** A stateless catalogue service whose memory need grows with its cache. */
    public static Deployment catalog() {
        return deployment("catalog")
                .container(container("catalog")
                        .image("myregistry.azurecr.io/catalog:3.2.0")
                        .port("http", 8080)
                        .requests(cpu("200m"), memory("256Mi"))
                        .limits(cpu("500m"), memory("512Mi"))
                        .readiness(httpGet("http", "/ready")));
    }

    /**
     * The application. The database runs one replica, so its VPA uses {@code Initial}: recommendations are applied
     * when the pod is recreated anyway (a rollout, a node drain), never by evicting the only pod. It changes the
     * requests only, between the starting requests and the limits (a request can never exceed its limit): with
     * {@code RequestsAndLimits} the limits would follow at their ratio to the requests (4:1 CPU, 2:1 memory), beyond
     * maxAllowed. The catalogue's VPA controls memory only and may evict, since its HPA keeps at least 2 replicas.
     */
    public static Application define() {
        StatefulSet database = Postgres.database();
        Deployment catalog = catalog();
        return application("inventory")
                .namespace("inventory")
                .add(Postgres.settings(), database)
                .add(vpa(database)
                        .updateMode(UpdateMode.INITIAL)
                        .containerPolicy(ContainerPolicy.forContainer("postgres")
                                .minAllowed(cpu("250m"), memory("512Mi"))
                                .maxAllowed(cpu("1"), memory("1Gi"))
                                .controlledValues(ContainerPolicy.ControlledValues.REQUESTS_ONLY)))
                .add(catalog)
                .add(hpa(catalog).replicas(2, 8).cpuUtilization(75))
                .add(vpa(catalog)
                        .updateMode(UpdateMode.RECREATE)
                        .minReplicas(2)
                        .containerPolicy(ContainerPolicy.forAllContainers()
                                .controlledResources(ResourceName.MEMORY)
                                .minAllowed(memory("256Mi"))
                                .maxAllowed(memory("2Gi"))))
                .build();
    }
}
