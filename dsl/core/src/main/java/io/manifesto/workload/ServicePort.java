package io.manifesto.workload;

import java.util.Objects;

/**
 * A port a Service exposes: {@code spec.ports[]}, named after the container port it targets.
 *
 * @param target the container port, by name (rendered as {@code targetPort: <name>}) or by number
 * @param port   {@code port}: the number clients connect to; 0 for the container port's own number
 */
public record ServicePort(TargetPort target, int port) {

    public ServicePort {
        target = Objects.requireNonNullElse(target, TargetPort.named(null));
    }

    /** The container port named {@code portName}, exposed on {@code port}. */
    public ServicePort(String portName, int port) {
        this(TargetPort.named(portName), port);
    }

    /** The name of the container port it targets, or {@code null} when it targets a number. */
    public String portName() {
        return target.name();
    }
}
