package io.manifesto.spaces;

/** What a space does with the parent's HorizontalPodAutoscalers on the services it runs. */
public enum Autoscalers {
    /** Keep them, at {@code minReplicas: 1} and {@code maxReplicas: 1}: the default. */
    PINNED,
    /** Drop them; their workloads get {@code spec.replicas} instead. */
    REMOVED,
    /** Keep them as the parent has them. */
    KEPT
}
