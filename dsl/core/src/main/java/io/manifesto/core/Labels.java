package io.manifesto.core;

import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final Set<String> DERIVED = Set.of(NAME, INSTANCE, VERSION, PART_OF, MANAGED_BY);
    /** A label value has at most 63 characters, and a component's name is rendered as {@link #NAME}. */
    private static final int MAX_NAME_LABEL = 63;

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

    /**
     * Checks the name of a component that Manifesto also renders as the label {@code app.kubernetes.io/name} (and in
     * selectors): a label value has at most 63 characters, while most names may have 253. A name that is not a
     * DNS-1123 subdomain is left to the name check, so that one mistake is reported once.
     */
    public static void checkNameLabel(Problems.Scope scope, String name) {
        checkNameLabelLength(scope, name);
    }

    /**
     * Checks the name of a component rendered as one object named after it: a DNS-1123 subdomain in
     * {@code metadata.name}, and the label value {@code app.kubernetes.io/name} it also becomes.
     */
    public static void checkComponentName(Problems.Scope scope, String name) {
        Names.checkDns1123Subdomain(scope, "metadata.name", name);
        checkNameLabelLength(scope, name);
    }

    private static void checkNameLabelLength(Problems.Scope scope, String name) {
        Names.checkNameLength(scope, "metadata.labels." + NAME, name, MAX_NAME_LABEL, Names.LABEL_VALUE_RULE,
                "the name is also the label " + NAME + ", and a label value has at most " + MAX_NAME_LABEL
                        + " characters");
    }

    /**
     * Checks that {@code key} is not one of the recommended labels Manifesto derives ({@code app.kubernetes.io/name},
     * {@code instance}, {@code version}, {@code part-of}, {@code managed-by}): a hand-typed value would be replaced.
     */
    public static void checkNotDerived(Problems.Scope scope, String field, String key) {
        if (DERIVED.contains(key)) {
            scope.error(Names.RESERVED_LABEL_RULE, field, key,
                    "Manifesto derives this label from the application and the workload, and would replace it",
                    "remove it; set the version with .version(...), the instance with application(..).instance(...)");
        }
    }
}
