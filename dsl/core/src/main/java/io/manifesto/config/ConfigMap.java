package io.manifesto.config;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A ConfigMap (v1): non-secret configuration as key/value pairs ({@code data}, and {@code binaryData} for files that
 * are not UTF-8 text), that containers read as environment variables or mounted files. Entries are written in the
 * definition ({@link #entry}) or read from files when it runs ({@link #fromFile}, {@link #fromFiles}). Immutable:
 * every method returns a new value.
 */
public final class ConfigMap implements SingleObjectComponent {

    /** Rule id: a file given to {@link #fromFile} or {@link #fromFiles} that cannot be read. */
    public static final String FILE_RULE = "configmap.file";

    private final String name;
    private final Map<String, String> data;
    private final Map<String, String> binaryData;
    private final List<ConfigFile> unread;
    private final Nulls missing;

    private ConfigMap(String name, Map<String, String> data, Map<String, String> binaryData, List<ConfigFile> unread,
                      Nulls missing) {
        this.name = name;
        this.data = Collections.unmodifiableMap(new TreeMap<>(data));
        this.binaryData = Collections.unmodifiableMap(new TreeMap<>(binaryData));
        this.unread = List.copyOf(unread);
        this.missing = missing;
    }

    /** A ConfigMap named {@code name} ({@code metadata.name}), without data. */
    public static ConfigMap named(String name) {
        return new ConfigMap(name, Map.of(), Map.of(), List.of(), Nulls.NONE);
    }

    /** This ConfigMap with the entry {@code key: value} in {@code data}. */
    public ConfigMap entry(String key, String value) {
        if (key == null || value == null) {
            return new ConfigMap(name, data, binaryData, unread, missing.with(
                    new MissingValue("data", "entry(...)")));
        }
        Map<String, String> copy = new TreeMap<>(data);
        copy.put(key, value);
        return new ConfigMap(name, copy, binaryData, unread, missing);
    }

    /**
     * This ConfigMap with the file {@code file}, read now: its name is the key (e.g. {@code nginx.conf}); UTF-8 text
     * goes to {@code data}, any other content, base64, to {@code binaryData}. A file that cannot be read is reported
     * by the build ({@code configmap.file}), naming the path.
     */
    public ConfigMap fromFile(Path file) {
        if (file == null) {
            return new ConfigMap(name, data, binaryData, unread, missing.with(
                    new MissingValue("data", "fromFile(...)")));
        }
        return with(List.of(ConfigFile.read(file)));
    }

    /**
     * This ConfigMap with every regular file directly in {@code directory}, read now, in name order, as
     * {@link #fromFile} reads one; subdirectories are left out, as {@code kubectl create configmap --from-file=dir}
     * leaves them.
     */
    public ConfigMap fromFiles(Path directory) {
        if (directory == null) {
            return new ConfigMap(name, data, binaryData, unread, missing.with(
                    new MissingValue("data", "fromFiles(...)")));
        }
        return with(ConfigFile.readDirectory(directory));
    }

    private ConfigMap with(List<ConfigFile> files) {
        Map<String, String> texts = new TreeMap<>(data);
        Map<String, String> binaries = new TreeMap<>(binaryData);
        List<ConfigFile> problems = new ArrayList<>(unread);
        for (ConfigFile file : files) {
            if (file.problem() != null) {
                problems.add(file);
            } else if (file.text() != null) {
                texts.put(file.key(), file.text());
            } else {
                binaries.put(file.key(), file.base64());
            }
        }
        return new ConfigMap(name, texts, binaries, problems, missing);
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** The keys of {@code data} and {@code binaryData}, sorted. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>(data.keySet());
        keys.addAll(binaryData.keySet());
        return Collections.unmodifiableSet(keys);
    }

    /** This ConfigMap's id, {@code ConfigMap/<name>}. */
    public ResourceId id() {
        return new ResourceId("ConfigMap", name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Nulls.ofName(name, "configMap(...)").report(scope); // the name stays null, so the build names the call
        Labels.checkComponentName(scope, name);
        missing.report(scope);
        unread.forEach(file -> scope.error(FILE_RULE, "data", file.path(), file.problem(),
                "check the path (a relative one is read from the working directory), or remove the call"));
        // the keys and the size are checked on the rendered object (io.manifesto.workload.rules.ConfigDataRules),
        // as any ConfigMap's are
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(new ConfigMapBuilder()
                .withNewMetadata().withName(name).withLabels(model.objectLabels(name, Optional.empty()))
                .endMetadata()
                .withData(data)
                .withBinaryData(binaryData)
                .build());
    }
}
