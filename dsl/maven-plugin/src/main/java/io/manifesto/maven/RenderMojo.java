package io.manifesto.maven;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Renders the project's definitions into {@code target/classes/META-INF/manifesto/<environment>/<application>.yaml}
 * (and {@code .json} on request), so they ship in the jar. Definitions are the classes named in
 * {@code <definitions>}; when none is named, the {@code META-INF/services/io.manifesto.environment.Definition}
 * entries, plus the compiled classes that implement {@code Definition} when {@code <scan>} is on. They run with the
 * project's own Manifesto version, in a class loader of its runtime class path. Every problem of every definition
 * and environment is printed as a Maven error naming the definition class, and the build then fails once.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class RenderMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Skips rendering. */
    @Parameter(property = "manifesto.skip", defaultValue = "false")
    private boolean skip;

    /** Definition classes to render, by name; when empty, ServiceLoader entries (and the scan, when on). */
    @Parameter
    private List<String> definitions = List.of();

    /** Also finds definitions among the compiled classes (loaded without initialising them). */
    @Parameter(property = "manifesto.scan", defaultValue = "false")
    private boolean scan;

    /** Where the manifests go, one folder per environment. */
    @Parameter(property = "manifesto.outputDirectory",
            defaultValue = "${project.build.outputDirectory}/META-INF/manifesto")
    private File outputDirectory;

    /** The formats written: {@code yaml}, {@code json} or both. */
    @Parameter(property = "manifesto.formats", defaultValue = "yaml")
    private List<String> formats;

    /** The environments rendered; every environment of each definition when empty. */
    @Parameter(property = "manifesto.environments")
    private List<String> environments = List.of();

    /** Fails the build on warnings too. */
    @Parameter(property = "manifesto.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("manifesto:render skipped");
            return;
        }
        String libraryVersion = libraryVersion();
        File classes = new File(project.getBuild().getOutputDirectory());
        RenderRequest request = new RenderRequest(List.copyOf(definitions), scan ? classes.getPath() : null,
                List.copyOf(environments), List.copyOf(formats), outputDirectory.getPath(), insideBuildDirectory());
        Map<String, List<String>> result = ProjectRenderer.render(classPath(), libraryVersion, request);
        List<String> errors = result.get("errors");
        List<String> warnings = result.get("warnings");
        warnings.forEach(getLog()::warn);
        errors.forEach(getLog()::error);
        if (!errors.isEmpty() || (failOnWarnings && !warnings.isEmpty())) {
            throw new MojoFailureException("manifesto:render: " + count(errors.size(), "error") + ", "
                    + count(warnings.size(), "warning") + (failOnWarnings ? " (failOnWarnings is on)" : "")
                    + " in " + String.join(", ", result.get("definitions")) + "; nothing written");
        }
        // a library older than the notes returns none
        result.getOrDefault("notes", List.of()).forEach(getLog()::info);
        getLog().info("manifesto:render wrote " + count(result.get("written").size(), "file") + " of "
                + String.join(", ", result.get("definitions")) + " into " + outputDirectory);
    }

    /** The project's manifesto-core version; warns when it is not the plugin's. */
    private String libraryVersion() throws MojoFailureException {
        String version = LibraryVersion.of(project.getArtifacts())
                .orElseThrow(() -> new MojoFailureException(LibraryVersion.missing(project.getId(),
                        plugin.getVersion())));
        LibraryVersion.mismatch(plugin.getVersion(), version).ifPresent(getLog()::warn);
        return version;
    }

    /** Stale manifests are removed only from a folder inside the build directory, which the build owns. */
    private boolean insideBuildDirectory() {
        return outputDirectory.toPath().toAbsolutePath().normalize()
                .startsWith(new File(project.getBuild().getDirectory()).toPath().toAbsolutePath().normalize());
    }

    private List<String> classPath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's runtime class path is not resolved: " + e.getMessage(), e);
        }
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
