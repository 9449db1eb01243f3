package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.Objects;
import java.util.Optional;

/**
 * A toleration of the pods: {@code spec.template.spec.tolerations[]: {key, operator, value, effect,
 * tolerationSeconds}}. It lets the pods be placed on nodes with a matching {@link Taint}; it does not attract them
 * there (a node selector or affinity does).
 *
 * @param key               {@code key}; empty with {@code Exists} tolerates every taint; {@code null} when
 *                          {@code null} was passed, which the build reports as {@code input.null}
 * @param operator          {@code operator}
 * @param value             {@code value}; empty with {@code Exists}
 * @param effect            {@code effect}; {@code null} matches every effect
 * @param tolerationSeconds {@code tolerationSeconds}, only with {@code NoExecute}: how long the pod stays once the
 *                          taint appears; {@code null} for ever
 */
public record Toleration(String key, TolerationOperator operator, String value, TaintEffect effect,
                         Long tolerationSeconds) {

    public Toleration {
        // a null key stays null, so that validate() reports it instead of it silently tolerating every taint
        operator = Objects.requireNonNullElse(operator, TolerationOperator.EQUAL);
        value = Objects.requireNonNullElse(value, "");
    }

    /**
     * The key taints are matched with: empty when the toleration has none (with {@code Exists} it then tolerates
     * every taint), and also when it was {@code null}, which the build reports as {@code input.null}.
     */
    String matchKey() {
        return key == null ? "" : key;
    }

    /**
     * {@code true} for a toleration without key and with operator {@code Exists}: it tolerates every taint (of its
     * effect, when it names one). A {@code null} key counts as none here; the build reports it.
     */
    public boolean toleratesEveryKey() {
        return matchKey().isEmpty() && operator == TolerationOperator.EXISTS;
    }

    /** {@code {key, operator: Exists}}: any value and effect of the taint {@code key}. */
    public static Toleration exists(String key) {
        return new Toleration(key, TolerationOperator.EXISTS, "", null, null);
    }

    /** {@code {key, operator: Exists, effect}}: any value of the taint {@code key} with {@code effect}. */
    public static Toleration exists(String key, TaintEffect effect) {
        return new Toleration(key, TolerationOperator.EXISTS, "", effect, null);
    }

    /** {@code {key, operator: Equal, value, effect}}: exactly the taint {@code key=value:effect}. */
    public static Toleration equal(String key, String value, TaintEffect effect) {
        return new Toleration(key, TolerationOperator.EQUAL, value, effect, null);
    }

    /** {@code {operator: Exists}}: every taint of every node. */
    public static Toleration everything() {
        return new Toleration("", TolerationOperator.EXISTS, "", null, null);
    }

    /** This toleration with {@code tolerationSeconds} (only meaningful with {@code effect: NoExecute}). */
    public Toleration forSeconds(long seconds) {
        return new Toleration(key, operator, value, effect, seconds);
    }

    /** The effect, when the toleration names one. */
    public Optional<TaintEffect> effectIfSet() {
        return Optional.ofNullable(effect);
    }

    /**
     * Reports what only the DSL knows of the toleration at {@code field} (e.g. {@code spec.tolerations[0]}): a
     * {@code null} key, and keys and values that are not label keys and values. The rules of the rendered
     * toleration (operator, value, tolerationSeconds) are object rules: {@code TolerationRules}.
     */
    public void validate(Problems.Scope scope, String field) {
        if (key == null) {
            new MissingValue(field + ".key", "tolerate(...), Toleration.exists(...) or Toleration.equal(...)").report(scope);
        } else if (!key.isEmpty()) {
            Names.checkLabelKey(scope, field + ".key", key);
        }
        if (operator == TolerationOperator.EQUAL && !value.isEmpty()) {
            Names.checkLabelValue(scope, field + ".value", value);
        }
    }

    /** The fabric8 toleration. */
    io.fabric8.kubernetes.api.model.Toleration render() {
        return new TolerationBuilder()
                .withKey(matchKey().isEmpty() ? null : key)
                .withOperator(operator.value())
                .withValue(value.isEmpty() ? null : value)
                .withEffect(effect == null ? null : effect.value())
                .withTolerationSeconds(tolerationSeconds)
                .build();
    }

    /** {@code key=value:effect} as kubectl writes it, for messages. */
    @Override
    public String toString() {
        return (matchKey().isEmpty() ? "*" : key) + (operator == TolerationOperator.EXISTS ? " Exists" : "=" + value)
                + (effect == null ? "" : ":" + effect.value())
                + (tolerationSeconds == null ? "" : " for " + tolerationSeconds + "s");
    }
}
