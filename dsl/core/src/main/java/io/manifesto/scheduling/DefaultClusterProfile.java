package io.manifesto.scheduling;

/**
 * A module's contribution of the standard {@link ClusterProfile}: the cluster an application assumes unless it says
 * otherwise. Found with {@link java.util.ServiceLoader}, listed in
 * {@code META-INF/services/io.manifesto.scheduling.DefaultClusterProfile}; the AKS module contributes its virtual
 * node pools this way, so that the scheduling package never names them. Implementations need a public no-argument
 * constructor.
 */
@FunctionalInterface
public interface DefaultClusterProfile {

    /** The profile. */
    ClusterProfile profile();
}
