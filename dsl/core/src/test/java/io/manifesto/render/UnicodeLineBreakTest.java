package io.manifesto.render;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.manifesto.Manifesto.application;
import static io.manifesto.Manifesto.configMap;
import static org.assertj.core.api.Assertions.assertThat;

/** YAML 1.1 readers take U+0085, U+2028 and U+2029 for line breaks: such values are escaped, so they read back. */
class UnicodeLineBreakTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0085b", "a\u2028b", "a\u2029b", "first\nsecond\u0085third\n", "\u0085"})
    void roundTripsAValueHoldingAUnicodeLineBreak(String value) {
        String yaml = application("text").add(configMap("values").entry("value", value)).build().toYaml();

        assertThat(yaml).doesNotContain("\u0085", "\u2028", "\u2029");
        ConfigMap back = (ConfigMap) ManifestReader.read(yaml).get(0);
        assertThat(back.getData().get("value")).isEqualTo(value);
    }

    @Test
    void writesTheEscapeInADoubleQuotedScalar() {
        assertThat(application("text").add(configMap("values").entry("value", "a\u0085b")).build().toYaml())
                .contains("  value: \"a\\Nb\"\n");
    }
}
