package io.manifesto.validate;

import java.util.Objects;

/**
 * Where a problem was written: a file and a line (1-based), as a compiler names it; or an annotated element of the
 * annotation path, whose {@code file} is the element's name and {@code line} 0.
 *
 * @param file the file as the user named it, e.g. {@code k8s/web.yaml}
 * @param line the line, 1-based; 0 when unknown
 */
public record SourcePosition(String file, int line) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        line = Math.max(line, 0);
    }

    /** {@code file:line}, or the file alone when the line is unknown. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
