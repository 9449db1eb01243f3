package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * A PodDisruptionBudget's {@code minAvailable} or {@code maxUnavailable} as the disruption controller reads it: a
 * count, or a percentage written {@code "25%"}.
 *
 * @param text    as written, for messages: {@code 3} or {@code 25%}
 * @param value   the count or the percentage; {@code null} when the text is neither
 * @param percent {@code true} for a percentage
 */
record Budget(String text, Integer value, boolean percent) {

    /** The budget {@code field} holds, or {@code null} when it is not set. */
    static Budget of(IntOrString field) {
        if (field == null || field.getIntVal() == null && field.getStrVal() == null) {
            return null;
        }
        if (field.getIntVal() != null) {
            return new Budget(field.getIntVal().toString(), field.getIntVal(), false);
        }
        String text = field.getStrVal();
        if (text.matches("-?[0-9]{1,9}%")) {
            return new Budget(text, Integer.parseInt(text.substring(0, text.length() - 1)), true);
        }
        return new Budget(text, null, false);
    }

    /** {@code true} for a negative count, a percentage outside 0..100, or text that is neither. */
    boolean isOutOfRange() {
        return value == null || value < 0 || percent && value > 100;
    }

    /** The pods a minAvailable percentage keeps of {@code replicas}: Kubernetes rounds up. */
    int required(int replicas) {
        return (value * replicas + 99) / 100;
    }

    @Override
    public String toString() {
        return text;
    }
}
