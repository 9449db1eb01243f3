package io.manifesto.scheduling;

import java.util.ArrayList;
import java.util.List;

/** List operations of placements: join required terms, append and concatenate without repeats. */
final class Terms {

    private Terms() {
    }

    /**
     * Adds {@code element} unless {@code list} has it: a placement added twice, or two placements sharing a term,
     * render it once (a repeated preferred term would double its weight).
     */
    static <T> void addNew(List<T> list, T element) {
        if (!list.contains(element)) {
            list.add(element);
        }
    }

    static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    /**
     * The terms a node meets when it meets one term of {@code first} and one of {@code second}: each pair joined.
     * No terms on one side constrain nothing, so the other side stands alone.
     */
    static <T> List<List<T>> bothOf(List<List<T>> first, List<List<T>> second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        List<List<T>> joined = new ArrayList<>();
        for (List<T> one : first) {
            for (List<T> other : second) {
                addNew(joined, concat(one, other).stream().distinct().toList());
            }
        }
        return joined;
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> copy = new ArrayList<>(first);
        copy.addAll(second);
        return copy;
    }
}
