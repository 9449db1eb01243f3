package io.manifesto.examples;

import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.core.Application;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.EnvVar;

import static io.manifesto.Manifesto.*;

/**
 * The talk's "virtual nodes" scenario on AKS. A queue worker runs only on Azure Container Instances, with exactly
 * the talk's toleration ({@code virtual-kubelet.io/provider: Exists}) and node selector
 * ({@code kubernetes.io/role: agent}, {@code beta.kubernetes.io/os: linux}, {@code type: virtual-kubelet}): batch
 * work that should not take room on the cluster's own nodes. The web app bursts: it prefers regular nodes and
 * tolerates the virtual node, so that the replicas its autoscaler adds under load start on ACI in seconds.
 */
public final class VirtualNodes {

    private VirtualNodes() {
    }

    /** The queue worker: no ports, so no Service; only on ACI, placed by the talk's three-part recipe. */
    public static Deployment queueWorker() {
        return deployment("queue-worker")
                .replicas(3)
                .container(container("worker")
                        .image("myregistry.azurecr.io/queue-worker:1.3.0")
                        .env("QUEUE_NAME", "orders")
                        .env(EnvVar.fromSecret("QUEUE_CONNECTION", "queue-credentials", "connection-string"))
                        .requests(cpu("500m"), memory("512Mi"))
                        .limits(cpu("1"), memory("1Gi")))
                .placement(AksVirtualNodes.onlySeedRecipe());
    }

    /**
     * The talk's web app, bursting onto the virtual node: regular nodes first (preferred node affinity), ACI for
     * the overflow (the toleration). Its HorizontalPodAutoscaler adds the replicas that overflow; without one the
     * build warns {@code virtual-node.burst-without-autoscaler}.
     */
    public static Deployment burstingWebApp() {
        return HorizontalScaling.webApp().placement(AksVirtualNodes.burst());
    }

    /** The application: the queue worker on ACI, and the web app with the autoscaler that bursts it there. */
    public static Application define() {
        Deployment web = burstingWebApp();
        return application("virtual-nodes")
                .namespace("virtual-nodes")
                .add(queueWorker())
                .add(web, HorizontalScaling.autoscaler(web))
                .build();
    }
}
