package io.manifesto.render;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestReaderTest {

    @Test
    void readsEveryDocumentAsItsFabric8TypeAndSkipsEmptyOnes() {
        var objects = ManifestReader.read("""
                ---
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  level: info
                """);
        assertThat(objects).singleElement().isInstanceOfSatisfying(ConfigMap.class,
                map -> assertThat(map.getData()).containsEntry("level", "info"));
    }

    @Test
    void namesADocumentThatIsNotAKubernetesObject() {
        assertThatThrownBy(() -> ManifestReader.read("apiVersion: v1\nkind: Status\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 1 (Status) is not a Kubernetes object with metadata");
    }

    @Test
    void saysSoWhenGivenNoManifests() {
        assertThatThrownBy(() -> ManifestReader.read(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no manifests to read: null was passed to ManifestReader.read(...)");
    }

    @Test
    void refusesAScalarDocumentInsteadOfSkippingIt() {
        assertThatThrownBy(() -> ManifestReader.read("--- hello\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 1 is a scalar, not an object: a Kubernetes object is a map with apiVersion, kind"
                        + " and metadata");
        assertThatThrownBy(() -> ManifestReader.read("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\n"
                + "---\nhello\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 2 is a scalar, not an object: a Kubernetes object is a map with apiVersion, kind"
                        + " and metadata");
    }

    @Test
    void namesAMissingApiVersionOrKind() {
        assertThatThrownBy(() -> ManifestReader.read("---\nkind: Service\nmetadata:\n  name: x\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 1 (Service) has no apiVersion, so it is not a Kubernetes object");
        assertThatThrownBy(() -> ManifestReader.read("---\napiVersion: v1\nmetadata:\n  name: x\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 1 has no kind, so it is not a Kubernetes object");
        assertThatThrownBy(() -> ManifestReader.read("metadata:\n  name: x\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document 1 has no apiVersion and no kind, so it is not a Kubernetes object");
    }
}
