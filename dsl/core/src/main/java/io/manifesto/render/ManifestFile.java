package io.manifesto.render;

import java.util.Objects;

/**
 * One file of rendered manifests: a file name inside the output directory and its content.
 *
 * @param fileName e.g. {@code shop.yaml}
 * @param content  the YAML (or JSON) text
 */
public record ManifestFile(String fileName, String content) {

    public ManifestFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
