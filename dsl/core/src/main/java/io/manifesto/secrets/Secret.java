package io.manifesto.secrets;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Secret (v1), without secrets in git. By default it is declared, not rendered: the application says the Secret
 * and its keys exist at deploy time (created by {@code kubectl create secret}, the Secrets Store CSI driver or
 * External Secrets), and every reference to it (env {@code secretKeyRef}, {@code envFrom}, volumes,
 * {@code imagePullSecrets}) is checked against those keys. {@link #literal(String, String)} puts a value into the
 * manifests instead, and the report warns of it ({@code secret.in-manifests}). Immutable.
 */
public final class Secret implements SingleObjectComponent {

    private final String name;
    private final SecretType type;
    private final Map<String, String> keys;
    private final boolean literal;
    private final List<MissingValue> missing;

    private Secret(String name, SecretType type, Map<String, String> keys, boolean literal,
                   List<MissingValue> missing) {
        this.name = name;
        this.type = type;
        this.keys = new TreeMap<>(keys);
        this.literal = literal;
        this.missing = List.copyOf(missing);
    }

    /** An {@code Opaque} Secret named {@code name}, declared with the {@code keys} it will hold. */
    public static Secret declared(String name, String... keys) {
        Secret secret = new Secret(name == null ? "" : name, SecretType.OPAQUE, Map.of(), false,
                Nulls.ofName(name, "secret(...)").values());
        return keys == null ? secret.missing("data", "secret(...)") : secret.withKeys(keys);
    }

    /** A {@code kubernetes.io/tls} Secret named {@code name}, declared: {@code tls.crt} and {@code tls.key}. */
    public static Secret tls(String name) {
        return new Secret(name == null ? "" : name, SecretType.TLS, Map.of(), false,
                Nulls.ofName(name, "tlsSecret(...)").values())
                .withKeys("tls.crt", "tls.key");
    }

    /** A {@code kubernetes.io/dockerconfigjson} Secret named {@code name}, declared, for image pull credentials. */
    public static Secret registry(String name) {
        return new Secret(name == null ? "" : name, SecretType.DOCKER_CONFIG_JSON, Map.of(), false,
                Nulls.ofName(name, "registrySecret(...)").values())
                .withKeys(".dockerconfigjson");
    }

    private Secret withKeys(String... names) {
        Map<String, String> copy = new TreeMap<>(keys);
        for (String key : names) {
            if (key == null) {
                return missing("data", "secret(...)");
            }
            copy.putIfAbsent(key, null);
        }
        return new Secret(name, type, copy, literal, missing);
    }

    /**
     * This Secret rendered into the manifests, with {@code key: value} in {@code stringData}: the value is then in
     * git, and the build's report warns of it ({@code secret.in-manifests}) until it is suppressed with a reason.
     */
    public Secret literal(String key, String value) {
        if (key == null || value == null) {
            return missing("stringData", "literal(...)");
        }
        Map<String, String> copy = new TreeMap<>(keys);
        copy.put(key, value);
        return new Secret(name, type, copy, true, missing);
    }

    private Secret missing(String field, String method) {
        List<MissingValue> copy = new ArrayList<>(missing);
        copy.add(new MissingValue(field, method));
        return new Secret(name, type, keys, literal, copy);
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** The keys it holds. */
    public java.util.Set<String> keys() {
        return new TreeSet<>(keys.keySet());
    }

    @Override
    public ResourceId id() {
        return new ResourceId("Secret", name);
    }

    /** A declared Secret renders nothing: {@link #declares(Model)} tells the rules it exists. */
    @Override
    public List<ResourceId> ids() {
        return literal ? List.of(id()) : List.of();
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Labels.checkComponentName(scope, name);
        missing.forEach(value -> value.report(scope));
        keys.keySet().forEach(key -> Names.checkDataKey(scope, "data", key));
    }

    @Override
    public List<HasMetadata> render(Model model) {
        if (!literal) {
            return List.of();
        }
        Map<String, String> data = new TreeMap<>();
        keys.forEach((key, value) -> data.put(key, value == null ? "" : value));
        return List.of(object(model).withStringData(data).build());
    }

    @Override
    public List<HasMetadata> declares(Model model) {
        if (literal) {
            return List.of();
        }
        Map<String, String> data = new TreeMap<>();
        keys.keySet().forEach(key -> data.put(key, ""));
        return List.of(object(model).withData(data).build());
    }

    private SecretBuilder object(Model model) {
        return new SecretBuilder().withNewMetadata().withName(name)
                .withLabels(model.objectLabels(name, Optional.empty())).endMetadata()
                .withType(type.value());
    }
}
