package io.manifesto.networkpolicy;

import io.manifesto.workload.PortRef;
import io.manifesto.workload.Workload;

/**
 * The first half of a traffic intent: who may call. Finish it with {@link #toCall(PortRef)}:
 * {@code allow(web).toCall(orders.port("http"))}.
 */
public final class Allow {

    private final AllowedTraffic.Caller caller;

    private Allow(AllowedTraffic.Caller caller) {
        this.caller = caller;
    }

    /** The pods of {@code workload} (a workload of the application) may call. */
    public static Allow from(Workload<?> workload) {
        return new Allow(workload == null ? null : new AllowedTraffic.FromWorkload(workload.id()));
    }

    /** Every pod of {@code namespace} may call, e.g. the ingress controller's {@code ingress-nginx}. */
    public static Allow fromNamespace(String namespace) {
        return new Allow(namespace == null ? null : new AllowedTraffic.FromNamespace(namespace));
    }

    /** The NetworkPolicy admitting the caller to {@code port} of its workload's pods. */
    public AllowedTraffic toCall(PortRef port) {
        return new AllowedTraffic(caller, port);
    }
}
