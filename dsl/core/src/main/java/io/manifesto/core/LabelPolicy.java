package io.manifesto.core;

/**
 * Which of the recommended labels ({@code app.kubernetes.io/*}) Manifesto adds to every object it renders.
 * The selector labels are always there: workloads and services need them.
 */
public enum LabelPolicy {
    /** {@code name}, {@code instance}, {@code version}, {@code part-of} and {@code managed-by}: the default. */
    RECOMMENDED,
    /** Only the selector labels, {@code app.kubernetes.io/name} and {@code app.kubernetes.io/instance}. */
    SELECTOR_ONLY
}
