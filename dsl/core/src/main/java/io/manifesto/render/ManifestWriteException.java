package io.manifesto.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A set of manifests could not be written (a directory that cannot be written, a full disk, a file in the way). The
 * message names the output directory, the path that failed and the reason; the previous set in the output directory
 * is intact.
 */
public final class ManifestWriteException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    ManifestWriteException(Path directory, Path path, String reason, IOException cause) {
        super("cannot write manifests to " + directory + ": " + reason + " (" + path + "); the previous set in "
                + directory + " is intact", cause);
        this.path = path;
    }

    /** The path that failed: the output directory, a file in the way, or the staged file the disk refused. */
    public Path path() {
        return path;
    }
}
