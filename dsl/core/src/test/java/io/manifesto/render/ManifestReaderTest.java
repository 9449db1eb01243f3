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
}
