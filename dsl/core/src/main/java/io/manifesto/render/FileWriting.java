package io.manifesto.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one step of {@link ManifestWriter} that puts bytes on the disk: writes a new file and forces it to the device,
 * so a file renamed into place after a power loss is whole. A seam for tests that simulate a full disk.
 */
@FunctionalInterface
interface FileWriting {

    /** Writes {@code content} as UTF-8 into the new file {@code file} and forces it to the storage device. */
    void write(Path file, String content) throws IOException;

    /** The real step. */
    FileWriting DISK = (file, content) -> {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    };
}
