package io.manifesto.scaling.rules;

import io.manifesto.objects.Resource;

import java.util.List;

/** The objects that one repeats, for the rules that allow one such object per workload. */
final class Earlier {

    private Earlier() {
    }

    /**
     * The elements of {@code all} before {@code self} (compared by identity) that are other objects: those it
     * repeats, reported on each after the first. An earlier copy of {@code self} itself (the same kind, namespace
     * and name, e.g. the YAML and the JSON rendering of one application, linted together) is the same object applied
     * twice, not a second one. Empty when {@code self} comes first or is not in the list.
     */
    static List<Resource> than(List<Resource> all, Resource self) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == self) {
                return all.subList(0, i).stream().filter(other -> !sameObject(other, self)).toList();
            }
        }
        return List.of();
    }

    /** {@code true} when {@code a} and {@code b} name the same object: kind, namespace and name. */
    static boolean sameObject(Resource a, Resource b) {
        return a.id().equals(b.id()) && a.namespace().equals(b.namespace());
    }
}
