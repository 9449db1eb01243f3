package io.manifesto.workload;

import io.manifesto.config.ConfigMap;
import io.manifesto.secrets.Secret;

/**
 * An environment variable of a container, {@code containers[].env[]}: a literal value, or a value read from a
 * ConfigMap key, a Secret key, or a field of the pod.
 */
public sealed interface EnvVar {

    /** {@code name}. */
    String name();

    /** {@code name: value}. */
    static EnvVar literal(String name, String value) {
        return new Literal(name, value);
    }

    /** {@code valueFrom.configMapKeyRef}: the key {@code key} of the ConfigMap {@code configMap}. */
    static EnvVar fromConfigMap(String name, String configMap, String key) {
        return new FromConfigMap(name, configMap, key);
    }

    /** {@code valueFrom.configMapKeyRef} of a ConfigMap of the application: its key must exist. */
    static EnvVar fromConfigMap(String name, ConfigMap configMap, String key) {
        return new FromConfigMap(name, configMap == null ? null : configMap.name(), key);
    }

    /** {@code valueFrom.secretKeyRef}: the key {@code key} of the Secret {@code secret}. */
    static EnvVar fromSecret(String name, String secret, String key) {
        return new FromSecret(name, secret, key);
    }

    /**
     * {@code valueFrom.secretKeyRef} of a Secret the application has or declares: its key must be one the Secret
     * holds ({@code secret.unknown-key}).
     */
    static EnvVar fromSecret(String name, Secret secret, String key) {
        return new FromSecret(name, secret == null ? null : secret.name(), key);
    }

    /** {@code valueFrom.fieldRef.fieldPath}, e.g. {@code metadata.name} or {@code status.podIP}. */
    static EnvVar fromField(String name, String fieldPath) {
        return new FromField(name, fieldPath);
    }

    /**
     * The field of the first {@code null} passed to this variable's factory (relative to the container: {@code env},
     * {@code env[NAME].value}, {@code env[NAME].valueFrom.secretKeyRef.name}...) and the factory's call, for
     * {@code input.null}; empty when none was.
     */
    static java.util.Optional<io.manifesto.validate.MissingValue> nullPassed(EnvVar variable) {
        if (variable.name() == null) {
            return java.util.Optional.of(new io.manifesto.validate.MissingValue("env", factory(variable)));
        }
        String at = "env[" + variable.name() + "]";
        String field = null;
        if (variable instanceof Literal l && l.value() == null) {
            field = at + ".value";
        } else if (variable instanceof FromConfigMap c && (c.configMap() == null || c.key() == null)) {
            field = at + ".valueFrom.configMapKeyRef." + (c.configMap() == null ? "name" : "key");
        } else if (variable instanceof FromSecret c && (c.secret() == null || c.key() == null)) {
            field = at + ".valueFrom.secretKeyRef." + (c.secret() == null ? "name" : "key");
        } else if (variable instanceof FromField f && f.fieldPath() == null) {
            field = at + ".valueFrom.fieldRef.fieldPath";
        }
        return field == null ? java.util.Optional.empty()
                : java.util.Optional.of(new io.manifesto.validate.MissingValue(field, factory(variable)));
    }

    private static String factory(EnvVar variable) {
        if (variable instanceof Literal) {
            return "literal(...)";
        }
        if (variable instanceof FromConfigMap) {
            return "fromConfigMap(...)";
        }
        return variable instanceof FromSecret ? "fromSecret(...)" : "fromField(...)";
    }

    /** A literal value. */
    record Literal(String name, String value) implements EnvVar {
    }

    /** A ConfigMap key. */
    record FromConfigMap(String name, String configMap, String key) implements EnvVar {
    }

    /** A Secret key. */
    record FromSecret(String name, String secret, String key) implements EnvVar {
    }

    /** A field of the pod (the downward API). */
    record FromField(String name, String fieldPath) implements EnvVar {
    }
}
