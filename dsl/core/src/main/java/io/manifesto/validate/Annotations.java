package io.manifesto.validate;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The limit Kubernetes puts on the annotations of one object: keys and values together at most 256 KiB. */
public final class Annotations {

    /** Rule id: annotations whose keys and values together take more than 256 KiB. */
    public static final String SIZE_RULE = "annotations.size";

    /** The most bytes (UTF-8) that the keys and values of one object's annotations may take: 256 KiB. */
    public static final int MAX_TOTAL_BYTES = 256 * 1024;

    private Annotations() {
    }

    /** Checks the total size of {@code annotations}, the ones rendered at {@code field}. */
    public static void checkSize(FieldReporter scope, String field, Map<String, String> annotations) {
        long total = annotations.entrySet().stream()
                .mapToLong(e -> bytes(e.getKey()) + bytes(e.getValue())).sum();
        if (total > MAX_TOTAL_BYTES) {
            scope.error(SIZE_RULE, field, total + " bytes",
                    "the keys and values of the annotations take more than the " + MAX_TOTAL_BYTES
                            + " bytes (256 KiB) Kubernetes allows on one object",
                    "keep large data in a ConfigMap or Secret, and annotate only a reference to it");
        }
    }

    private static long bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
