package io.manifesto.scheduling;

import io.manifesto.core.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The pools added to the application, then those of its profile not shadowed by one of the same name. */
    public static List<NodePool> known(Model model) {
        Map<String, NodePool> pools = new LinkedHashMap<>();
        model.components(NodePool.class).forEach(pool -> pools.putIfAbsent(pool.name(), pool));
        profile(model).pools().forEach(pool -> pools.putIfAbsent(pool.name(), pool));
        return List.copyOf(pools.values());
    }

    /** The pools of the standard profile that the application's profile lacks and it does not add itself. */
    public static List<NodePool> lacking(Model model) {
        List<NodePool> known = known(model);
        return ClusterProfile.standard().pools().stream()
                .filter(pool -> known.stream().noneMatch(k -> k.name().equals(pool.name()))).toList();
    }
}
