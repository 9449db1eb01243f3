package io.manifesto.core;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recommended labels ({@code app.kubernetes.io/*}) of one component, derived from the application and the
 * component, never typed by hand. The selector uses only the labels that never change over the life of a
 * workload ({@code name}, {@code instance}): a selector is immutable once created, so it never contains the version.
 *
 * @param name     {@code app.kubernetes.io/name}: the component, e.g. the workload's name
 * @param instance {@code app.kubernetes.io/instance}: the application instance, e.g. {@code shop} or {@code shop-alice}
 * @param version  {@code app.kubernetes.io/version}: e.g. the image tag, when known
 * @param partOf   {@code app.kubernetes.io/part-of}: the application
 * @param policy   which labels are rendered
 */
public record Labels(String name, String instance, Optional<String> version, String partOf, LabelPolicy policy) {

    /** Label key {@code app.kubernetes.io/name}. */
    public static final String NAME = "app.kubernetes.io/name";
    /** Label key {@code app.kubernetes.io/instance}. */
    public static final String INSTANCE = "app.kubernetes.io/instance";
    /** Label key {@code app.kubernetes.io/version}. */
    public static final String VERSION = "app.kubernetes.io/version";
    /** Label key {@code app.kubernetes.io/part-of}. */
    public static final String PART_OF = "app.kubernetes.io/part-of";
    /** Label key {@code app.kubernetes.io/managed-by}. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** The value of {@code app.kubernetes.io/managed-by}. */
    public static final String MANAGER = "manifesto";

    /** The labels a selector matches on: name and instance. */
    public Map<String, String> selector() {
        Map<String, String> labels = new TreeMap<>();
        labels.put(NAME, name);
        labels.put(INSTANCE, instance);
        return labels;
    }

    /** Every label the policy renders on objects and pod templates. */
    public Map<String, String> all() {
        Map<String, String> labels = selector();
        if (policy == LabelPolicy.RECOMMENDED) {
            version.ifPresent(v -> labels.put(VERSION, v));
            labels.put(PART_OF, partOf);
            labels.put(MANAGED_BY, MANAGER);
        }
        return labels;
    }
}
