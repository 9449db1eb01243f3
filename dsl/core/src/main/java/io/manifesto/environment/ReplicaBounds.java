package io.manifesto.environment;

/**
 * How many replicas an environment runs: an autoscaler's {@code minReplicas} and {@code maxReplicas}, or a fixed
 * count when both are equal ({@link #fixed()}).
 *
 * @param min at least 1
 * @param max at least {@code min}
 */
public record ReplicaBounds(int min, int max) {

    /** Rule id: bounds below 1, or a maximum below the minimum. */
    public static final String RULE = "environment.replicas";

    public ReplicaBounds {
        check("ReplicaBounds", min, max);
    }

    /** {@code true} when the minimum is the maximum: a fixed count, no room for an autoscaler. */
    public boolean fixed() {
        return min == max;
    }

    static void check(String resource, int min, int max) {
        if (min < 1 || max < min) {
            throw EnvironmentProblem.of(resource, RULE, "replicas", min + ".." + max,
                    "replica bounds need 1 <= min <= max",
                    "give a minimum of at least 1 and a maximum of at least the minimum");
        }
    }
}
