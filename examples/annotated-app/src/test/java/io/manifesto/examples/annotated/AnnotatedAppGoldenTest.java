package io.manifesto.examples.annotated;

import io.manifesto.testing.GoldenFile;
import org.junit.jupiter.api.Test;

/** The manifests the compiler wrote for {@link ShopApplication} are the reviewed ones. */
class AnnotatedAppGoldenTest {

    @Test
    void compilerWritesTheReviewedYaml() {
        GoldenFile.assertMatches(GeneratedManifests.text("kubernetes.yml"), "annotated-app/kubernetes.yml");
    }

    @Test
    void compilerWritesTheReviewedJson() {
        GoldenFile.assertMatches(GeneratedManifests.text("kubernetes.json"), "annotated-app/kubernetes.json");
    }
}
