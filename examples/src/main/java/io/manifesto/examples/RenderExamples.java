package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.render.ManifestFile;
import io.manifesto.render.ManifestWriter;
import io.manifesto.validate.ValidationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders every example, every environment and space of it, into a directory (first argument;
 * {@code target/manifests} by default) with the layout of {@code golden-manifests/}, as one set that replaces the
 * previous one, and prints one line per file written. Everything is built before anything is written: when any rendering is invalid, the problems of every
 * invalid one are printed and nothing is written.
 */
public final class RenderExamples {

    private RenderExamples() {
    }

    /** Entry point: {@code RenderExamples [directory]}. */
    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/manifests");
        List<ManifestFile> files = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (Example example : Examples.all()) {
            for (Example.Rendering rendering : example.renderings()) {
                count++;
                try {
                    Application application = rendering.application().get();
                    files.add(new ManifestFile(rendering.path(), application.toYaml()));
                    if (!application.report().isEmpty()) {
                        System.out.print(application.report());
                    }
                } catch (ValidationException e) {
                    failures.add(rendering.path() + ": " + e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.err.println("nothing written: " + failures.size() + " of " + count + " renderings are invalid");
            System.exit(1);
        }
        try {
            ManifestWriter.write(directory, files).forEach(written -> System.out.println("wrote " + written));
        } catch (ValidationException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
