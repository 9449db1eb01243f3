package io.manifesto.aks;

import io.manifesto.scheduling.ClusterProfile;
import io.manifesto.scheduling.DefaultClusterProfile;

/**
 * Makes AKS with virtual nodes the standard cluster ({@link AksVirtualNodes#profile()}): listed in
 * {@code META-INF/services/io.manifesto.scheduling.DefaultClusterProfile}, so that the scheduling package knows the
 * virtual node pools without importing this one.
 */
public final class AksClusterProfile implements DefaultClusterProfile {

    @Override
    public ClusterProfile profile() {
        return AksVirtualNodes.profile();
    }
}
