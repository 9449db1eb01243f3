package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.render.ManifestFile;
import io.manifesto.render.ManifestWriter;
import io.manifesto.validate.ValidationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders every example into a directory (first argument; {@code target/manifests} by default) and prints one line
 * per file written. Every example is built before anything is written: one invalid example writes nothing.
 */
public final class RenderExamples {

    private RenderExamples() {
    }

    /** Entry point: {@code RenderExamples [directory]}. */
    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/manifests");
        try {
            List<ManifestFile> files = new ArrayList<>();
            for (Example example : Examples.all()) {
                Application application = example.definition().get();
                files.add(new ManifestFile(example.fileName(), application.toYaml()));
                if (!application.report().isEmpty()) {
                    System.out.print(application.report());
                }
            }
            for (Path written : ManifestWriter.write(directory, files)) {
                System.out.println("wrote " + written);
            }
        } catch (ValidationException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
