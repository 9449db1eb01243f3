package io.manifesto.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GoDurationSerializerTest {

    @ParameterizedTest
    @CsvSource({"PT2160H,2160h", "PT1H30M,1h30m", "PT90S,1m30s", "PT0.5S,500ms", "PT0S,0s", "PT1H0.000001S,1h1us",
            "PT0.000000001S,1ns", "-PT2H,-2h"})
    void writesTheShortestGoForm(String iso, String go) {
        assertThat(GoDurationSerializer.format(Duration.parse(iso))).isEqualTo(go);
    }
}
