package io.manifesto.scaling.rules;

import io.manifesto.objects.Resource;

import java.util.List;

/** The objects that one repeats, for the rules that allow one such object per workload. */
final class Earlier {

    private Earlier() {
    }

    /**
     * The elements of {@code all} before {@code self} (compared by identity): those it repeats, reported on each
     * after the first. Empty when {@code self} comes first or is not in the list.
     */
    static List<Resource> than(List<Resource> all, Resource self) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == self) {
                return all.subList(0, i);
            }
        }
        return List.of();
    }
}
