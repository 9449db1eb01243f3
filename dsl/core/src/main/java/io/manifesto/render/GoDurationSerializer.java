package io.manifesto.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.fabric8.kubernetes.api.model.Duration;

import java.io.IOException;

/**
 * Writes a fabric8 {@link Duration} the way people write Go durations: {@code 2160h}, {@code 1h30m}, {@code 90s},
 * {@code 500ms}. fabric8's own serializer writes nanoseconds ({@code 7776000000000000ns}), which is valid but
 * unreadable in a reviewed golden file. Findings show durations with {@link #format(java.time.Duration)}, as the
 * manifest shows them.
 */
public final class GoDurationSerializer extends StdSerializer<Duration> {

    private static final long serialVersionUID = 1L;

    GoDurationSerializer() {
        super(Duration.class);
    }

    /** Replaces fabric8's class-level {@code @JsonSerialize} on {@link Duration}, which a module cannot override. */
    @JsonSerialize(using = GoDurationSerializer.class)
    abstract static class MixIn {
    }

    @Override
    public void serialize(Duration value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(format(value.getDuration()));
    }

    /** {@code duration} in the shortest Go form: hours, minutes, seconds, then ms/us/ns for what is left. */
    public static String format(java.time.Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        java.time.Duration rest = duration;
        if (rest.isNegative()) {
            text.append('-');
            rest = rest.negated();
        }
        long hours = rest.toHours();
        long minutes = rest.toMinutesPart();
        long seconds = rest.toSecondsPart();
        long nanos = rest.toNanosPart();
        append(text, hours, "h");
        append(text, minutes, "m");
        append(text, seconds, "s");
        if (nanos % 1_000_000 == 0) {
            append(text, nanos / 1_000_000, "ms");
        } else if (nanos % 1_000 == 0) {
            append(text, nanos / 1_000, "us");
        } else {
            append(text, nanos, "ns");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(amount).append(unit);
        }
    }
}
