package io.manifesto.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.manifesto.core.Application;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.manifesto.Manifesto.application;
import static org.assertj.core.api.Assertions.assertThat;

/** Strings that kubectl (go-yaml) would read as numbers, booleans, nulls or timestamps are quoted, keys too. */
class KubectlQuotingTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "0x1F", "0o17", "0b101", "1_000", "007", "+1", "-2.5", ".5", ".inf", "-.Inf",
            ".NaN", "~", "null", "y", "N", "yes", "Off", "TRUE", "2026-11-25", "2026-11-25T10:00:00Z", "<<", "16.4"})
    void quotesValuesAndKeysThatAreNotStringsToKubectl(String text) throws Exception {
        Application app = application("quoting").add(new ConfigMapBuilder().withNewMetadata().withName("values")
                .endMetadata().addToData("value", text).addToData(text, "key").build()).build();
        String yaml = app.toYaml();

        assertThat(yaml).contains("value: \"" + text + "\"").contains("\"" + text + "\": key");
        JsonNode data = new YAMLMapper().readTree(yaml).get("data");
        assertThat(data.get("value").isTextual()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1.0", "100m", "128Mi", "web", "http://+:8080", "1.2.3-beta", "v1", "8080:80"})
    void leavesOrdinaryStringsPlain(String text) {
        String yaml = application("quoting").add(new ConfigMapBuilder().withNewMetadata().withName("values")
                .endMetadata().addToData("value", text).build()).build().toYaml();

        assertThat(yaml).contains("value: " + text + "\n");
    }
}
