package io.manifesto.resources;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written quantity parser accepts and values exactly what the expression it replaced did. */
class QuantityParsingTest {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\+?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]{1,3})?");
    private static final Map<String, BigDecimal> SUFFIXES = Map.of("", BigDecimal.ONE, "m",
            new BigDecimal("0.001"), "k", BigDecimal.TEN.pow(3), "E", BigDecimal.TEN.pow(18), "Ki",
            BigDecimal.valueOf(1024), "Mi", BigDecimal.valueOf(2).pow(20), "Ei", BigDecimal.valueOf(2).pow(60));

    @Test
    void parsesEveryShortTextAsTheExpressionDid() {
        List<String> texts = new ArrayList<>(List.of("1e999", "1e1000", "12.5e-3", "+.5Mi", "100m", "128Mi"));
        List<String> previous = List.of("");
        for (int length = 1; length <= 5; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : "0+.5eE-iKmk".toCharArray()) {
                    next.add(prefix + c);
                }
            }
            texts.addAll(next);
            previous = next;
        }

        for (String text : texts) {
            Quantity quantity = Quantity.of(text);
            assertThat(quantity.isValid()).as(text).isEqualTo(FORMAT.matcher(text).matches());
            assertThat(quantity.value()).as(text).isEqualTo(reference(text));
        }
    }

    /** The value as the expression-based parser computed it (for the suffixes of the alphabet above). */
    private static Optional<BigDecimal> reference(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        String suffix = m.group(2) == null ? "" : m.group(2);
        if (!SUFFIXES.containsKey(suffix)) {
            return Optional.of(number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1))));
        }
        return Optional.of(number.multiply(SUFFIXES.get(suffix)));
    }
}
