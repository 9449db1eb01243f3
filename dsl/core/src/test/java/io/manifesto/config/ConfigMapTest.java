package io.manifesto.config;

import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.application;
import static io.manifesto.Manifesto.configMap;
import static org.assertj.core.api.Assertions.assertThat;

class ConfigMapTest {

    @Test
    void rejectsANameTooLongForTheNameLabel() {
        var name = "c".repeat(100);
        assertThat(problemsOf(application("shop").add(configMap(name).entry("k", "v")))).containsExactly(
                "error ConfigMap/" + name + " metadata.labels.app.kubernetes.io/name = \"" + name + "\": the name is"
                        + " also the label app.kubernetes.io/name, and a label value has at most 63 characters."
                        + " Fix: shorten the name to at most 63 characters. [label.value]");
    }
}
