package io.manifesto.scheduling;

import io.manifesto.core.Model;
import io.manifesto.objects.ResolvedSet;

import java.util.List;

/**
 * The registry of the node pools an application knows: those it adds, then those of its {@link ClusterProfile}
 * that none of the same name shadows. Placements, and what is placed like them (overprovisioning placeholders), are
 * checked against it.
 */
public final class NodePools {

    private NodePools() {
    }

    /**
     * The profile of {@code model}'s application: the standard one, or {@link ClusterProfile#generic()} after
     * {@code withoutAksVirtualNodes()}.
     */
    public static ClusterProfile profile(Model model) {
        return model.aksVirtualNodes() ? ClusterProfile.standard() : ClusterProfile.generic();
    }

    /**
     * The cluster of {@code model}'s application: its {@link #profile profile}, plus the pools it adds (which
     * shadow a pool of the profile of the same name).
     */
    public static ClusterProfile of(Model model) {
        return profile(model).plus(model.components(NodePool.class));
    }

    /**
     * The cluster the objects of {@code set} are applied to: a {@link ClusterProfile} in its context, else that of
     * the application whose model is in it ({@link #of(Model)}), else the {@link ClusterProfile#standard() standard}
     * one (lint: manifests say nothing of their cluster, and the standard profile is AKS with virtual nodes).
     */
    public static ClusterProfile of(ResolvedSet set) {
        return set.context(ClusterProfile.class)
                .or(() -> set.context(Model.class).map(NodePools::of))
                .orElseGet(ClusterProfile::standard);
    }

    /** The pools added to the application, then those of its profile not shadowed by one of the same name. */
    public static List<NodePool> known(Model model) {
        return of(model).pools();
    }

    /** The pools of the standard profile that the application's profile lacks and it does not add itself. */
    public static List<NodePool> lacking(Model model) {
        return of(model).lacking();
    }
}
