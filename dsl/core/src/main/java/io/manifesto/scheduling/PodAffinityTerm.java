package io.manifesto.scheduling;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the pods go relative to other pods: in the same topology domain ({@code podAffinity}) or another one
 * ({@code podAntiAffinity}) as the pods with {@code matchLabels}, where a domain is the set of nodes sharing the
 * value of the node label {@code topologyKey} (a node, a zone...).
 *
 * @param anti        {@code podAntiAffinity} when {@code true}, {@code podAffinity} otherwise
 * @param weight      {@code weight} 1..100 of a preferred term, {@code null} for a required one
 * @param topologyKey {@code topologyKey}, e.g. {@code topology.kubernetes.io/zone}
 * @param matchLabels {@code labelSelector.matchLabels} of the other pods
 */
public record PodAffinityTerm(boolean anti, Integer weight, String topologyKey, Map<String, String> matchLabels) {

    public PodAffinityTerm {
        topologyKey = topologyKey == null ? "" : topologyKey;
        Map<String, String> sorted = new TreeMap<>();
        if (matchLabels != null) {
            matchLabels.forEach((k, v) -> sorted.put(k == null ? "" : k, v == null ? "" : v));
        }
        matchLabels = Collections.unmodifiableMap(sorted);
    }

    /** {@code true} for a required term ({@code requiredDuringSchedulingIgnoredDuringExecution}). */
    public boolean required() {
        return weight == null;
    }
}
