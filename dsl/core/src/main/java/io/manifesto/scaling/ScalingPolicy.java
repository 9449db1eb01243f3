package io.manifesto.scaling;

/**
 * One entry of {@code behavior.scaleUp/scaleDown.policies}: how much the HPA may change the replica count within
 * a period. Kubernetes requires {@code value > 0} and {@code periodSeconds} in 1..1800, checked at build time.
 *
 * @param type          {@code type}: {@code Pods} or {@code Percent}; a {@code null} is reported when the
 *                      application is built
 * @param value         {@code value}: pods, or percent of the current replicas
 * @param periodSeconds {@code periodSeconds}: the window the change is measured over
 */
public record ScalingPolicy(Type type, int value, int periodSeconds) {

    /** {@code policies[].type}. */
    public enum Type {
        /** {@code Pods}: an absolute number of pods. */
        PODS("Pods"),
        /** {@code Percent}: a percentage of the current replica count. */
        PERCENT("Percent");

        private final String value;

        Type(String value) {
            this.value = value;
        }

        /** The string Kubernetes uses. */
        public String value() {
            return value;
        }
    }

    /** {@code {type: Pods, value: pods, periodSeconds: periodSeconds}}. */
    public static ScalingPolicy pods(int pods, int periodSeconds) {
        return new ScalingPolicy(Type.PODS, pods, periodSeconds);
    }

    /** {@code {type: Percent, value: percent, periodSeconds: periodSeconds}}. */
    public static ScalingPolicy percent(int percent, int periodSeconds) {
        return new ScalingPolicy(Type.PERCENT, percent, periodSeconds);
    }
}
