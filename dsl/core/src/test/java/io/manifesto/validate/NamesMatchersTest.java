package io.manifesto.validate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written matchers of {@link Names} accept exactly what the expressions they replaced accept. */
class NamesMatchersTest {

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern DATA_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    @Test
    void acceptEveryShortTextExactlyAsTheExpressionsDid() {
        for (String text : texts("a0Z-._/ ", 5)) {
            assertThat(Names.isDnsLabel(text, 0, text.length(), false)).as("label %s", text)
                    .isEqualTo(DNS1123_LABEL.matcher(text).matches());
            assertThat(Names.isDnsLabel(text, 0, text.length(), true)).as("dns-1035 %s", text)
                    .isEqualTo(DNS1035_LABEL.matcher(text).matches());
            assertThat(Names.isSubdomainShaped(text)).as("subdomain %s", text)
                    .isEqualTo(DNS1123_SUBDOMAIN.matcher(text).matches());
            assertThat(Names.isLabelName(text)).as("label name %s", text)
                    .isEqualTo(LABEL_NAME.matcher(text).matches());
            assertThat(Names.isDataKey(text)).as("data key %s", text).isEqualTo(DATA_KEY.matcher(text).matches());
        }
    }

    /** Every text of up to {@code maxLength} characters of {@code alphabet}, the empty one included. */
    static List<String> texts(String alphabet, int maxLength) {
        List<String> texts = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            texts.addAll(next);
            previous = next;
        }
        return texts;
    }
}
