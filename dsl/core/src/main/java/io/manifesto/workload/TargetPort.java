package io.manifesto.workload;

/**
 * A port a probe or a service targets: a container port's name (preferred: it survives renumbering) or a number.
 *
 * @param name   the container port's name, or {@code null}
 * @param number the port number, when no name is given
 */
public record TargetPort(String name, int number) {

    /** The container port named {@code name}. */
    public static TargetPort named(String name) {
        return new TargetPort(name == null ? "" : name, 0);
    }

    /** The port {@code number}. */
    public static TargetPort number(int number) {
        return new TargetPort(null, number);
    }

    /** {@code true} when the port is referred to by name. */
    public boolean isNamed() {
        return name != null;
    }

    /** The name, or the number as text. */
    @Override
    public String toString() {
        return isNamed() ? name : Integer.toString(number);
    }
}
