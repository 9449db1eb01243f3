package io.manifesto.workload;

import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Objects;

/**
 * A liveness, readiness or startup probe: an action and its timing. Timings left unset are left to Kubernetes'
 * defaults (period 10 s, timeout 1 s, failure threshold 3, success threshold 1).
 *
 * @param action              {@code httpGet}, {@code tcpSocket}, {@code grpc} or {@code exec}
 * @param initialDelaySeconds {@code initialDelaySeconds}, or {@code null}
 * @param periodSeconds       {@code periodSeconds}, or {@code null}
 * @param timeoutSeconds      {@code timeoutSeconds}, or {@code null}
 * @param failureThreshold    {@code failureThreshold}, or {@code null}
 * @param successThreshold    {@code successThreshold}, or {@code null}; only a readiness probe may need more than 1
 * @param headers             {@code httpGet.httpHeaders}, in the order added; only an HTTP probe sends them
 */
public record Probe(ProbeAction action, Integer initialDelaySeconds, Integer periodSeconds, Integer timeoutSeconds,
                    Integer failureThreshold, Integer successThreshold, List<ProbeHeader> headers) {

    public Probe {
        Objects.requireNonNull(action, "action");
        headers = List.copyOf(headers);
    }

    /** A probe without success threshold and headers (the components before they existed). */
    public Probe(ProbeAction action, Integer initialDelaySeconds, Integer periodSeconds, Integer timeoutSeconds,
                 Integer failureThreshold) {
        this(action, initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold, null, List.of());
    }

    /** {@code httpGet} of {@code path} on the container port named {@code port}. */
    public static Probe http(String port, String path) {
        return of(new ProbeAction.HttpGet(TargetPort.named(port), path));
    }

    /** {@code httpGet} of {@code path} on port {@code port}. */
    public static Probe http(int port, String path) {
        return of(new ProbeAction.HttpGet(TargetPort.number(port), path));
    }

    /**
     * {@code httpGet} of {@code path} on the container port named {@code port}, over TLS: {@code scheme: HTTPS}.
     * For a container that serves only HTTPS; the kubelet does not verify its certificate, so a self-signed or
     * internal-CA certificate works.
     */
    public static Probe https(String port, String path) {
        return of(new ProbeAction.HttpGet(TargetPort.named(port), path, true));
    }

    /** {@code httpGet} of {@code path} on port {@code port} with {@code scheme: HTTPS}; see the named-port one. */
    public static Probe https(int port, String path) {
        return of(new ProbeAction.HttpGet(TargetPort.number(port), path, true));
    }

    /** {@code tcpSocket} on the container port named {@code port}. */
    public static Probe tcp(String port) {
        return of(new ProbeAction.TcpSocket(TargetPort.named(port)));
    }

    /**
     * {@code grpc.port}: the kubelet calls the standard gRPC health service ({@code grpc.health.v1.Health/Check})
     * on port {@code port} of the pod, healthy on {@code SERVING}. GA since Kubernetes 1.27. The port is a number
     * (the API has no named gRPC port), and should be one the container declares with {@code port(...)}.
     */
    public static Probe grpc(int port) {
        return of(new ProbeAction.Grpc(port, ""));
    }

    /** {@code grpc: {port, service}}: asks the health service about {@code service} rather than the server. */
    public static Probe grpc(int port, String service) {
        return of(new ProbeAction.Grpc(port, service));
    }

    /** {@code exec.command}. */
    public static Probe exec(String... command) {
        return of(new ProbeAction.Exec(command == null ? List.of() : java.util.Arrays.asList(command)));
    }

    private static Probe of(ProbeAction action) {
        return new Probe(action, null, null, null, null);
    }

    /** This probe with {@code initialDelaySeconds}. */
    public Probe initialDelaySeconds(int seconds) {
        return new Probe(action, seconds, periodSeconds, timeoutSeconds, failureThreshold, successThreshold, headers);
    }

    /** This probe with {@code periodSeconds}. */
    public Probe periodSeconds(int seconds) {
        return new Probe(action, initialDelaySeconds, seconds, timeoutSeconds, failureThreshold, successThreshold,
                headers);
    }

    /** This probe with {@code timeoutSeconds}. */
    public Probe timeoutSeconds(int seconds) {
        return new Probe(action, initialDelaySeconds, periodSeconds, seconds, failureThreshold, successThreshold,
                headers);
    }

    /** This probe with {@code failureThreshold}. */
    public Probe failureThreshold(int threshold) {
        return new Probe(action, initialDelaySeconds, periodSeconds, timeoutSeconds, threshold, successThreshold,
                headers);
    }

    /**
     * This probe with {@code successThreshold}: the passes in a row that make a failed probe pass again. Only a
     * readiness probe may ask for more than 1; the API server rejects any other value on a liveness or startup probe.
     */
    public Probe successThreshold(int threshold) {
        return new Probe(action, initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold, threshold,
                headers);
    }

    /** This HTTP probe sending the header {@code name: value}: {@code httpGet.httpHeaders[]}. */
    public Probe header(String name, String value) {
        return new Probe(action, initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold,
                successThreshold, Nulls.append(headers, new ProbeHeader(name, value)));
    }
}
