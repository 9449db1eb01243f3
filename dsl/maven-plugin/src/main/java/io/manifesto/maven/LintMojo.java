package io.manifesto.maven;

import io.manifesto.lint.Lint;
import io.manifesto.lint.LintReport;
import io.manifesto.scheduling.ClusterProfile;
import io.manifesto.validate.Problem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints YAML and JSON manifests with every rule of the library: by default what {@code manifesto:render} wrote,
 * or the configured {@code <directories>}. Writes {@code target/manifesto-lint/manifesto-lint.sarif} (SARIF 2.1.0,
 * for code scanning) and {@code target/manifesto-lint/TEST-manifesto-lint.xml} (JUnit XML, for CI test reports),
 * prints each problem with its file and line, and fails on errors. The manifests are checked against the cluster
 * {@code <cluster>} names, as {@code manifesto lint --cluster} does.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {

    /** Skips linting. */
    @Parameter(property = "manifesto.lint.skip", defaultValue = "false")
    private boolean skip;

    /** The files or directories to lint; the rendered manifests when none is configured (skipped if absent). */
    @Parameter
    private List<File> directories = List.of();

    /** The rendered manifests, linted when no directory is configured. */
    @Parameter(defaultValue = "${project.build.outputDirectory}/META-INF/manifesto", readonly = true)
    private File rendered;

    /** Where the SARIF and JUnit reports go. */
    @Parameter(property = "manifesto.lint.reportDirectory", defaultValue = "${project.build.directory}/manifesto-lint")
    private File reportDirectory;

    /** Fails the build on warnings too. */
    @Parameter(property = "manifesto.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /**
     * The cluster the manifests are applied to: {@code aks} (the default: the standard profile, AKS with virtual
     * nodes) or {@code generic} (a cluster without AKS virtual nodes).
     */
    @Parameter(property = "manifesto.lint.cluster", defaultValue = "aks")
    private String cluster = "aks";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("manifesto:lint skipped");
            return;
        }
        ClusterProfile profile = profile(cluster);
        List<Path> paths = new ArrayList<>(directories.stream().map(File::toPath).toList());
        if (paths.isEmpty()) {
            if (!rendered.isDirectory()) {
                getLog().info("manifesto:lint: nothing to lint (no " + rendered + ", and no <directories>)");
                return;
            }
            paths.add(rendered.toPath());
        }
        LintReport report = Lint.lint(paths, profile);
        writeReports(report);
        for (Problem problem : report.problems()) {
            if (problem.isError()) {
                getLog().error(problem.toString());
            } else {
                getLog().warn(problem.toString());
            }
        }
        String summary = report.text().lines().reduce((first, second) -> second).orElse("");
        long warnings = report.problems().stream().filter(problem -> !problem.isError()).count();
        if (report.hasErrors() || (failOnWarnings && warnings > 0)) {
            throw new MojoFailureException("manifesto:lint: " + summary + (failOnWarnings ? " (failOnWarnings is on)"
                    : "") + "; reports in " + reportDirectory);
        }
        getLog().info("manifesto:lint: " + summary);
    }

    /** The profile of {@code cluster}: {@code aks} or {@code generic}, as {@code manifesto lint --cluster}. */
    static ClusterProfile profile(String cluster) throws MojoExecutionException {
        return switch (cluster == null ? "aks" : cluster) {
            case "aks" -> ClusterProfile.standard();
            case "generic" -> ClusterProfile.generic();
            default -> throw new MojoExecutionException("manifesto:lint: unknown <cluster> \"" + cluster
                    + "\": use aks or generic");
        };
    }

    private void writeReports(LintReport report) throws MojoExecutionException {
        try {
            Files.createDirectories(reportDirectory.toPath());
            Files.writeString(reportDirectory.toPath().resolve("manifesto-lint.sarif"), report.sarif(),
                    StandardCharsets.UTF_8);
            Files.writeString(reportDirectory.toPath().resolve("TEST-manifesto-lint.xml"), report.junitXml(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("manifesto:lint cannot write its reports into " + reportDirectory
                    + ": " + e.getMessage(), e);
        }
    }
}
