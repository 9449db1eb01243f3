package io.manifesto.config;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A ConfigMap (v1): non-secret configuration as key/value pairs ({@code data}), that containers read as
 * environment variables or mounted files. Immutable: every method returns a new value.
 */
public final class ConfigMap implements SingleObjectComponent {

    private final String name;
    private final Map<String, String> data;

    private ConfigMap(String name, Map<String, String> data) {
        this.name = name;
        this.data = Collections.unmodifiableMap(new TreeMap<>(data));
    }

    /** A ConfigMap named {@code name} ({@code metadata.name}), without data. */
    public static ConfigMap named(String name) {
        return new ConfigMap(name, Map.of());
    }

    /** This ConfigMap with the entry {@code key: value} in {@code data}. */
    public ConfigMap entry(String key, String value) {
        Map<String, String> copy = new TreeMap<>(data);
        copy.put(key == null ? "" : key, value == null ? "" : value);
        return new ConfigMap(name, copy);
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** The keys of {@code data}. */
    public Set<String> keys() {
        return data.keySet();
    }

    /** This ConfigMap's id, {@code ConfigMap/<name>}. */
    public ResourceId id() {
        return new ResourceId("ConfigMap", name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Nulls.ofName(name, "configMap(...)").report(scope); // the name stays null, so the build names the call
        Names.checkDns1123Subdomain(scope, "metadata.name", name);
        Labels.checkNameLabel(scope, name);
        // the keys are checked on the rendered object (io.manifesto.workload.rules.ConfigDataRules), as any
        // ConfigMap's or Secret's are
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(new ConfigMapBuilder()
                .withNewMetadata().withName(name).withLabels(model.objectLabels(name, Optional.empty()))
                .endMetadata()
                .withData(data)
                .build());
    }
}
