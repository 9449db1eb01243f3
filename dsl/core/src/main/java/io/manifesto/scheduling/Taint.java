package io.manifesto.scheduling;

import java.util.Collection;
import java.util.Objects;

/**
 * A node taint, {@code key=value:effect} ({@code spec.taints[]} of a Node): nodes repel pods that do not tolerate
 * it. A value, so that a placement can be checked against the nodes it targets.
 *
 * @param key    {@code key}
 * @param value  {@code value}, may be empty
 * @param effect {@code effect}
 */
public record Taint(String key, String value, TaintEffect effect) {

    public Taint {
        key = Objects.requireNonNullElse(key, "");
        value = Objects.requireNonNullElse(value, "");
        effect = Objects.requireNonNullElse(effect, TaintEffect.NO_SCHEDULE);
    }

    /** The taint {@code key=value:effect}. */
    public static Taint of(String key, String value, TaintEffect effect) {
        return new Taint(key, value, effect);
    }

    /**
     * {@code true} when {@code toleration} tolerates this taint, by the scheduler's rules: the effects match when
     * the toleration has none or the same; an empty key with {@code Exists} matches every key, otherwise the keys
     * are equal; {@code Exists} matches any value, {@code Equal} compares the values.
     */
    public boolean toleratedBy(Toleration toleration) {
        if (toleration == null) {
            return false;
        }
        if (toleration.effect() != null && toleration.effect() != effect) {
            return false;
        }
        if (toleration.matchKey().isEmpty()) {
            return toleration.operator() == TolerationOperator.EXISTS;
        }
        if (!toleration.matchKey().equals(key)) {
            return false;
        }
        return toleration.operator() == TolerationOperator.EXISTS || toleration.value().equals(value);
    }

    /** {@code true} when one of {@code tolerations} tolerates this taint. */
    public boolean toleratedByAny(Collection<Toleration> tolerations) {
        return tolerations.stream().anyMatch(this::toleratedBy);
    }

    /** The toleration that matches exactly this taint: {@code {key, operator: Equal, value, effect}}. */
    public Toleration toleration() {
        return value.isEmpty() ? Toleration.exists(key, effect) : Toleration.equal(key, value, effect);
    }

    /** {@code key=value:effect}, as kubectl writes it. */
    @Override
    public String toString() {
        return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect.value();
    }
}
