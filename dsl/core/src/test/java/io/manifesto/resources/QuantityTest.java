package io.manifesto.resources;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({"100m,0.1", "0.5,0.5", "1,1", "128Mi,134217728", "1Gi,1073741824", "1k,1000", "1e3,1000",
            "2E2,200", ".5,0.5", "1.5Gi,1610612736", "1Ei,1152921504606846976", "2E,2000000000000000000",
            "250u,0.00025", "500n,0.0000005"})
    void parsesValidQuantities(String text, String value) {
        Quantity quantity = Quantity.of(text);
        assertThat(quantity.isValid()).isTrue();
        assertThat(quantity.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1g", "128MiB", "200mm", "", "-1", "cpu", "1 Gi", "1.2.3"})
    void rejectsInvalidQuantities(String text) {
        assertThat(Quantity.of(text).isValid()).isFalse();
        assertThat(Quantity.of(text).value()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CPU,1,1", "CPU,1.5,1500m", "CPU,0.0001,1m", "CPU,2.0001,2001m", "MEMORY,1048576,1Mi",
            "MEMORY,1536,1536", "MEMORY,0.5,1", "MEMORY,3221225472,3Gi", "MEMORY,0,0", "EPHEMERAL_STORAGE,1024.2,1025"})
    void roundsUpToWhatKubernetesCountsAndWritesItAsAPersonWould(ResourceName resource, String value,
                                                                String text) {
        assertThat(Quantity.rounded(resource, new BigDecimal(value))).isEqualTo(Quantity.of(text));
    }

    @ParameterizedTest
    @CsvSource({"CPU,100m,true", "CPU,0.0001,false", "CPU,1Mi,true", "MEMORY,1.5Ki,true", "MEMORY,512m,false",
            "MEMORY,1e3,true", "MEMORY,5e-1,false", "MEMORY,1g,false"})
    void knowsWholeMillicoresAndBytes(ResourceName resource, String text, boolean whole) {
        assertThat(Quantity.of(text).isWhole(resource)).isEqualTo(whole);
    }

    @ParameterizedTest
    @CsvSource({"100m,0.1,0", "200m,100m,1", "1Gi,1000Mi,1", "512Mi,1Gi,-1"})
    void comparesByValue(String left, String right, int sign) {
        assertThat(Integer.signum(Quantity.of(left).compareTo(Quantity.of(right)))).isEqualTo(sign);
    }
}
