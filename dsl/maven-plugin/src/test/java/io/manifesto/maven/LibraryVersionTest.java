package io.manifesto.maven;

import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryVersionTest {

    private static DefaultArtifact artifact(String group, String id, String version) {
        return new DefaultArtifact(group, id, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
    }

    @Test
    void findsTheProjectsManifestoCore() {
        assertThat(LibraryVersion.of(List.of(artifact("io.fabric8", "kubernetes-model-core", "7.4.0"),
                artifact("io.manifesto", "manifesto-core", "0.1.0")))).contains("0.1.0");
        assertThat(LibraryVersion.of(List.of(artifact("io.fabric8", "kubernetes-model-core", "7.4.0")))).isEmpty();
    }

    @Test
    void warnsWhenThePluginAndTheLibraryVersionsDiffer() {
        assertThat(LibraryVersion.mismatch("0.2.0", "0.1.0")).contains("manifesto-maven-plugin 0.2.0 renders with"
                + " the project's manifesto-core 0.1.0: the project's version renders; keep both on one version"
                + " (import io.manifesto:manifesto-bom)");
        assertThat(LibraryVersion.mismatch("0.1.0", "0.1.0")).isEmpty();
    }

    @Test
    void namesTheMissingDependencyAndTheVersionToAdd() {
        assertThat(LibraryVersion.missing("com.acme:shop:jar:1.0.0", "0.1.0")).isEqualTo("manifesto:render:"
                + " com.acme:shop:jar:1.0.0 has no dependency on io.manifesto:manifesto-core (compile or runtime"
                + " scope): add it, of version 0.1.0");
    }
}
