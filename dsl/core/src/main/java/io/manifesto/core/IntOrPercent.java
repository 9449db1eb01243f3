package io.manifesto.core;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * A count that Kubernetes accepts as a whole number or a percentage ({@code maxSurge}, {@code maxUnavailable},
 * {@code minAvailable}...).
 *
 * @param value   the number
 * @param percent {@code true} when it is a percentage, rendered {@code "25%"}
 */
public record IntOrPercent(int value, boolean percent) {

    /** An absolute count, rendered as a number. */
    public static IntOrPercent of(int count) {
        return new IntOrPercent(count, false);
    }

    /** A percentage, rendered as a string such as {@code "25%"}. */
    public static IntOrPercent percent(int percent) {
        return new IntOrPercent(percent, true);
    }

    /** {@code true} when this is zero, as a count or a percentage. */
    public boolean isZero() {
        return value == 0;
    }

    /** {@code true} for a negative count or a percentage outside 0..100. */
    public boolean isOutOfRange() {
        return value < 0 || (percent && value > 100);
    }

    /** The fabric8 value: an integer, or a string ending in {@code %}. */
    public IntOrString toIntOrString() {
        return percent ? new IntOrString(value + "%") : new IntOrString(value);
    }

    /** {@code 3} or {@code 25%}. */
    @Override
    public String toString() {
        return percent ? value + "%" : Integer.toString(value);
    }
}
