package io.manifesto.scheduling;

import io.manifesto.rules.Fix;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;

/**
 * What an application assumes about its cluster's nodes: the node pools the cluster has without their being added
 * to the application (which adds its own with {@code Manifesto.nodePool(...)}). Placements are checked against every
 * known pool: a selector that picks a tainted pool without the toleration, the rules a pool imposes on the pods that
 * can land on it, a placement that asks for two pools at once.
 *
 * <p>Two profiles ship: {@link #generic()}, a cluster about whose nodes nothing is known, and the standard one,
 * which a module on the class path contributes through {@link DefaultClusterProfile} (the AKS module: its virtual
 * node pools). An application assumes the standard profile unless it says the cluster is generic
 * ({@code Application.Builder.withoutAksVirtualNodes()}); a pool of the standard profile that the generic cluster
 * lacks is then checked by its {@link NodePool#checkWhenAbsent absence checks}. Immutable.
 */
public final class ClusterProfile {

    private static final ClusterProfile GENERIC = new ClusterProfile("generic", List.of(),
            Fix.of("select the labels of one node pool only"));

    private final String name;
    private final List<NodePool> pools;
    private final Fix pickOneFix;

    private ClusterProfile(String name, List<NodePool> pools, Fix pickOneFix) {
        this.name = Objects.requireNonNullElse(name, "");
        this.pools = List.copyOf(pools);
        this.pickOneFix = pickOneFix;
    }

    /** A cluster about whose nodes nothing is known: no pool but those the application adds. */
    public static ClusterProfile generic() {
        return GENERIC;
    }

    /**
     * The profile of the standard cluster: the one a {@link DefaultClusterProfile} on the class path contributes
     * (the first by class name when there are several), or {@link #generic()} when none does.
     */
    public static ClusterProfile standard() {
        return Standard.PROFILE;
    }

    /** A profile named {@code name} whose cluster has {@code pools} ({@code null} ones are left out). */
    public static ClusterProfile named(String name, NodePool... pools) {
        return new ClusterProfile(name, pools == null ? List.of()
                : java.util.Arrays.stream(pools).filter(Objects::nonNull).toList(), GENERIC.pickOneFix);
    }

    /**
     * This profile, whose fix for a placement that asks for two of its pools at once is {@code fix} (in DSL and in
     * manifest terms), e.g. "choose one kind of virtual node: AksVirtualNodes.onlyV1() or AksVirtualNodes.onlyV2(),
     * not both".
     */
    public ClusterProfile pickOneFix(Fix fix) {
        return new ClusterProfile(name, pools, Objects.requireNonNullElse(fix, GENERIC.pickOneFix));
    }

    /**
     * This profile, whose cluster also has {@code added} (an application's own pools, {@code null} ones left out),
     * listed first: a pool of this profile named like one of them is shadowed by it.
     */
    public ClusterProfile plus(List<NodePool> added) {
        Map<String, NodePool> byName = new LinkedHashMap<>();
        (added == null ? List.<NodePool>of() : added).stream().filter(Objects::nonNull)
                .forEach(pool -> byName.putIfAbsent(pool.name(), pool));
        pools.forEach(pool -> byName.putIfAbsent(pool.name(), pool));
        return new ClusterProfile(name, List.copyOf(byName.values()), pickOneFix);
    }

    /**
     * The pools of the {@link #standard()} profile that this one lacks (none of its pools has their name): a
     * placement that picks one of them runs the pool's absence checks, as its pods would stay Pending.
     */
    public List<NodePool> lacking() {
        return standard().pools().stream()
                .filter(pool -> pools.stream().noneMatch(known -> known.name().equals(pool.name()))).toList();
    }

    /** The profile's name, e.g. {@code generic}. */
    public String name() {
        return name;
    }

    /** The pools the cluster has without their being added to the application. */
    public List<NodePool> pools() {
        return pools;
    }

    /** The fix for a placement that asks for the labels of two of this profile's pools at once. */
    public Fix pickOneFix() {
        return pickOneFix;
    }

    @Override
    public String toString() {
        return "ClusterProfile/" + name;
    }

    /** Loads the standard profile on first use, so that its module's classes are ready when it is built. */
    private static final class Standard {
        static final ClusterProfile PROFILE = StreamSupport.stream(ServiceLoader.load(DefaultClusterProfile.class,
                        DefaultClusterProfile.class.getClassLoader()).spliterator(), false)
                .sorted(Comparator.comparing(source -> source.getClass().getName()))
                .map(DefaultClusterProfile::profile).filter(Objects::nonNull).findFirst().orElse(GENERIC);
    }
}
