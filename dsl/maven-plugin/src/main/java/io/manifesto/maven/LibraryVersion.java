package io.manifesto.maven;

import org.apache.maven.artifact.Artifact;

import java.util.Collection;
import java.util.Optional;

/** The project's {@code io.manifesto:manifesto-core}, which renders its definitions, against the plugin's version. */
final class LibraryVersion {

    static final String GROUP = "io.manifesto";
    static final String CORE = "manifesto-core";

    private LibraryVersion() {
    }

    /** The version of {@code manifesto-core} among {@code artifacts}, if the project depends on it. */
    static Optional<String> of(Collection<Artifact> artifacts) {
        return artifacts.stream()
                .filter(artifact -> artifact.getGroupId().equals(GROUP) && artifact.getArtifactId().equals(CORE))
                .map(Artifact::getVersion)
                .findFirst();
    }

    /** Why a project without {@code manifesto-core} cannot render. */
    static String missing(String projectId, String pluginVersion) {
        return "manifesto:render: " + projectId + " has no dependency on " + GROUP + ":" + CORE
                + " (compile or runtime scope): add it, of version " + pluginVersion;
    }

    /** The warning when the project's version is not the plugin's, or empty when they agree. */
    static Optional<String> mismatch(String pluginVersion, String libraryVersion) {
        if (pluginVersion.equals(libraryVersion)) {
            return Optional.empty();
        }
        return Optional.of("manifesto-maven-plugin " + pluginVersion + " renders with the project's " + CORE + " "
                + libraryVersion + ": the project's version renders; keep both on one version (import "
                + GROUP + ":manifesto-bom)");
    }
}
