package io.manifesto.workload;

import java.util.List;
import java.util.Objects;

/**
 * A liveness, readiness or startup probe: an action and its timing. Timings left unset are left to Kubernetes'
 * defaults (period 10 s, timeout 1 s, failure threshold 3, success threshold 1).
 *
 * @param action              {@code httpGet}, {@code tcpSocket} or {@code exec}
 * @param initialDelaySeconds {@code initialDelaySeconds}, or {@code null}
 * @param periodSeconds       {@code periodSeconds}, or {@code null}
 * @param timeoutSeconds      {@code timeoutSeconds}, or {@code null}
 * @param failureThreshold    {@code failureThreshold}, or {@code null}
 */
public record Probe(ProbeAction action, Integer initialDelaySeconds, Integer periodSeconds, Integer timeoutSeconds,
                    Integer failureThreshold) {

    public Probe {
        Objects.requireNonNull(action, "action");
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

    /** {@code exec.command}. */
    public static Probe exec(String... command) {
        return of(new ProbeAction.Exec(command == null ? List.of() : java.util.Arrays.asList(command)));
    }

    private static Probe of(ProbeAction action) {
        return new Probe(action, null, null, null, null);
    }

    /** This probe with {@code initialDelaySeconds}. */
    public Probe initialDelaySeconds(int seconds) {
        return new Probe(action, seconds, periodSeconds, timeoutSeconds, failureThreshold);
    }

    /** This probe with {@code periodSeconds}. */
    public Probe periodSeconds(int seconds) {
        return new Probe(action, initialDelaySeconds, seconds, timeoutSeconds, failureThreshold);
    }

    /** This probe with {@code timeoutSeconds}. */
    public Probe timeoutSeconds(int seconds) {
        return new Probe(action, initialDelaySeconds, periodSeconds, seconds, failureThreshold);
    }

    /** This probe with {@code failureThreshold}. */
    public Probe failureThreshold(int threshold) {
        return new Probe(action, initialDelaySeconds, periodSeconds, timeoutSeconds, threshold);
    }
}
