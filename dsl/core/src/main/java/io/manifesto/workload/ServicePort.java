package io.manifesto.workload;

/**
 * A port of the Service derived from a workload: {@code spec.ports[]} with {@code targetPort} set to the container
 * port's name.
 *
 * @param portName the container port's name; also the service port's {@code name}
 * @param port     {@code port}: the number clients connect to
 */
public record ServicePort(String portName, int port) {
}
