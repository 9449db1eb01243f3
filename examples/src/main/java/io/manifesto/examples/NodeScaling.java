package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.scaling.PriorityClass;
import io.manifesto.scaling.UnhealthyPodEvictionPolicy;
import io.manifesto.workload.Deployment;

import static io.manifesto.Manifesto.*;

/**
 * The talk's "node scaling": what lets the cluster autoscaler add and remove nodes without an outage. The web app
 * runs 3 replicas spread over zones (hard) and nodes (soft); a disruption budget keeps 2 of them up during a node
 * drain; the eviction hint lets the autoscaler evict its pods despite their {@code emptyDir} (which it otherwise
 * refuses to); a PriorityClass puts it above batch work; and an overprovisioning placeholder keeps room for 2 more
 * pods warm, so scale-out does not wait for a new node.
 */
public final class NodeScaling {

    private NodeScaling() {
    }

    /** The web app's priority: above the default 0 of other pods. */
    public static PriorityClass shopCritical() {
        return priorityClass("shop-critical", 100_000)
                .description("The shop's user-facing pods: scheduled before batch work.");
    }

    /** The application. */
    public static Application define() {
        PriorityClass critical = shopCritical();
        Deployment web = HorizontalScaling.webApp()
                .replicas(3)
                .with(spreadAcrossZones())
                .with(spreadAcrossHosts().scheduleAnyway())
                .with(safeToEvict())
                .with(priority(critical));
        return application("shop")
                .namespace("shop")
                .add(critical, web)
                .add(disruptionBudget(web)
                        .minAvailable(count(2))
                        .unhealthyPodEvictionPolicy(UnhealthyPodEvictionPolicy.ALWAYS_ALLOW))
                .add(overprovisioning("headroom").roomFor(web, 2))
                .build();
    }
}
