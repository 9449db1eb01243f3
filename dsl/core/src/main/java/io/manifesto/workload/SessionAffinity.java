package io.manifesto.workload;

import java.util.Optional;

/**
 * Client IP session affinity of a Service: {@code spec.sessionAffinity: ClientIP}, and, when a timeout is given,
 * {@code spec.sessionAffinityConfig.clientIP.timeoutSeconds} (1 to 86400; Kubernetes uses 10800 when it is left
 * out). kube-proxy keeps sending one client's connections to the same pod; a headless Service, which it does not
 * proxy, cannot have it.
 *
 * @param timeoutSeconds how long the affinity lasts after the last connection, or {@code null} for Kubernetes'
 *                       default
 */
public record SessionAffinity(Integer timeoutSeconds) {

    /** {@code sessionAffinity: ClientIP} with Kubernetes' default timeout (three hours). */
    public static SessionAffinity clientIp() {
        return new SessionAffinity(null);
    }

    /** {@code sessionAffinity: ClientIP} for {@code timeoutSeconds} (1 to 86400) after the last connection. */
    public static SessionAffinity clientIp(int timeoutSeconds) {
        return new SessionAffinity(timeoutSeconds);
    }

    /** The timeout, when one was given. */
    public Optional<Integer> timeout() {
        return Optional.ofNullable(timeoutSeconds);
    }
}
