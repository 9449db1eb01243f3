package io.manifesto.workload;

import io.manifesto.config.ConfigMap;
import io.manifesto.secrets.Secret;

/**
 * Every key of a ConfigMap or a Secret as environment variables of a container: an entry of
 * {@code containers[].envFrom[]}. Each key becomes a variable of the same name, after {@link #prefix(String)}; a key
 * that does not make a valid variable name is skipped by the kubelet. Immutable.
 *
 * @param source   {@code configMapRef} or {@code secretRef}
 * @param name     {@code configMapRef.name} or {@code secretRef.name}
 * @param prefix   {@code prefix}, put before every key; {@code ""} for none, {@code null} when {@code null} was
 *                 passed to {@link #prefix(String)} (the container reports it as {@code input.null})
 * @param optionalRef {@code configMapRef.optional} / {@code secretRef.optional}: the container starts without it
 * @param ofApplication {@code true} when made from a DSL value, which the application must then have (or declare)
 */
public record EnvFrom(Source source, String name, String prefix, boolean optionalRef, boolean ofApplication) {

    /** Where the variables come from. */
    public enum Source {
        /** {@code configMapRef}. */
        CONFIG_MAP,
        /** {@code secretRef}. */
        SECRET
    }

    /**
     * {@code envFrom[].configMapRef} of a ConfigMap of the application: its keys are checked as variable names, and
     * leaving it out of the application is an error ({@code env.from-missing}).
     */
    public static EnvFrom configMap(ConfigMap configMap) {
        return new EnvFrom(Source.CONFIG_MAP, configMap == null ? null : configMap.name(), "", false, true);
    }

    /** {@code envFrom[].configMapRef} of the ConfigMap named {@code name}, made outside the application. */
    public static EnvFrom configMap(String name) {
        return new EnvFrom(Source.CONFIG_MAP, name, "", false, false);
    }

    /** {@code envFrom[].secretRef} of a Secret the application has or declares: its keys are checked, likewise. */
    public static EnvFrom secret(Secret secret) {
        return new EnvFrom(Source.SECRET, secret == null ? null : secret.name(), "", false, true);
    }

    /** {@code envFrom[].secretRef} of the Secret named {@code name}, made outside the application. */
    public static EnvFrom secret(String name) {
        return new EnvFrom(Source.SECRET, name, "", false, false);
    }

    /**
     * With {@code prefix}: every variable is named {@code prefix + key}, e.g. {@code prefix("DB_")}. The prefix must
     * be a valid variable name itself (letters, digits, '-', '_' and '.', not starting with a digit).
     */
    public EnvFrom prefix(String prefix) {
        return new EnvFrom(source, name, prefix, optionalRef, ofApplication);
    }

    /** With {@code optional: true}: the container starts even when the ConfigMap or Secret does not exist. */
    public EnvFrom optional() {
        return new EnvFrom(source, name, prefix, true, ofApplication);
    }
}
