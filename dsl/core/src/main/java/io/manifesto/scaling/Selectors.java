package io.manifesto.scaling;

import java.util.Map;
import java.util.TreeMap;

/** Copy-on-write label selectors of metrics. */
final class Selectors {

    private Selectors() {
    }

    static Map<String, String> put(Map<String, String> selector, String key, String value) {
        Map<String, String> copy = new TreeMap<>(selector);
        copy.put(key == null ? "" : key, value == null ? "" : value);
        return Map.copyOf(copy);
    }
}
