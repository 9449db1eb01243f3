package io.manifesto.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The steps of {@link ManifestSet} that put bytes on the disk: create a new file, then force it to the device, so a
 * file renamed into place after a power loss is whole. A set writes every file first and forces them afterwards,
 * several at a time ({@link Forcing}), so that the file system can commit them together. A seam for tests that
 * simulate a full disk or a refusing directory.
 */
@FunctionalInterface
interface FileWriting {

    /** Creates the new file {@code file} (it must not exist) and opens it for writing. */
    OutputStream create(Path file) throws IOException;

    /** Forces {@code file}, written through {@link #create}, to the storage device. */
    default void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The real steps. */
    FileWriting DISK = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
}
