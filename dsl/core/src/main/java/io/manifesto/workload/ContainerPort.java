package io.manifesto.workload;

import java.util.Objects;

/**
 * A named port a container listens on: an entry of {@code containers[].ports}. Services, probes and ingresses refer
 * to it by name, so renumbering it changes one line.
 *
 * @param name     {@code name}, e.g. {@code http}
 * @param number   {@code containerPort}, 1..65535
 * @param protocol {@code protocol}
 */
public record ContainerPort(String name, int number, Protocol protocol) {

    public ContainerPort {
        name = Objects.requireNonNullElse(name, "");
        protocol = Objects.requireNonNullElse(protocol, Protocol.TCP);
    }
}
