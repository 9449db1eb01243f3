package io.manifesto.spaces;

/**
 * A space serving a Service's port on another number, e.g. while the developer runs the service with a debugger on
 * {@code 9090}: {@code spec.ports[<port>].port} of {@code Service/<service>} in the space.
 *
 * @param service the Service's name
 * @param port    the port's name
 * @param number  the number the space serves it on
 */
public record PortChange(String service, String port, int number) {
}
