package io.manifesto.build;

import io.manifesto.core.Application;
import io.manifesto.render.ManifestFile;

import java.util.Arrays;
import java.util.Locale;

/** A file format of rendered manifests: multi-document YAML, or one JSON {@code v1 List}. */
public enum Format {

    /** {@code <application>.yaml}: {@link Application#toYaml()}. */
    YAML,
    /** {@code <application>.json}: {@link Application#toJson()}. */
    JSON;

    /** The format spelled {@code name} ({@code yaml} or {@code json}, any case). */
    public static Format named(String name) {
        return Arrays.stream(values()).filter(format -> format.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new DefinitionException("unknown format \"" + name + "\": use yaml or json"));
    }

    /** The file extension, {@code yaml} or {@code json}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code application} in this format, as the file {@code <name>.<extension>}. */
    public ManifestFile file(Application application) {
        String content = this == YAML ? application.toYaml() : application.toJson();
        return new ManifestFile(application.name() + "." + extension(), content);
    }
}
