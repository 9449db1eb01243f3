package io.manifesto.tls;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as Go writes it, which is what cert-manager parses: {@code 2160h}, {@code 90m}, {@code 1h30m},
 * {@code 1.5h}. Units are {@code ns us µs ms s m h}; there is no day unit, so {@code 90d} is not a duration. Holding
 * an invalid text is allowed (the build reports it); {@link #toDuration()} is empty then.
 *
 * @param text the duration as written
 */
public record GoDuration(String text) {

    /** Go's longest duration, 2^63 - 1 nanoseconds, in whole hours. */
    public static final long MAXIMUM_HOURS = Long.MAX_VALUE / 3_600_000_000_000L;

    private static final Pattern WHOLE = Pattern.compile("([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h)");
    private static final Pattern ALL = Pattern.compile("(" + WHOLE.pattern() + ")+");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    public GoDuration {
        text = Objects.requireNonNullElse(text, "");
    }

    /** The duration written {@code text}, e.g. {@code GoDuration.of("2160h")}; checked when the application is built. */
    public static GoDuration of(String text) {
        return new GoDuration(text);
    }

    /** A whole number of hours, e.g. {@code hours(2160)} for 90 days. */
    public static GoDuration hours(long hours) {
        return new GoDuration(hours + "h");
    }

    /** The duration, or empty when the text is not in Go's format. */
    public Optional<Duration> toDuration() {
        if (text.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        if (!ALL.matcher(text).matches()) {
            return Optional.empty();
        }
        BigInteger nanos = nanos();
        return nanos.bitLength() < Long.SIZE ? Optional.of(Duration.ofNanos(nanos.longValueExact())) : Optional.empty();
    }

    /** {@code true} when the text is in Go's format. */
    public boolean isValid() {
        return toDuration().isPresent();
    }

    /** {@code true} when the text is in Go's format but longer than Go's longest duration, which Go refuses. */
    public boolean isTooLong() {
        return ALL.matcher(text).matches() && nanos().bitLength() >= Long.SIZE;
    }

    /** The nanoseconds of a text in Go's format; Go drops fractions of a nanosecond. */
    private BigInteger nanos() {
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher matcher = WHOLE.matcher(text);
        while (matcher.find()) {
            nanos = nanos.add(new BigDecimal(matcher.group(1).startsWith(".") ? "0" + matcher.group(1)
                    : matcher.group(1)).multiply(BigDecimal.valueOf(NANOS.get(matcher.group(3)))));
        }
        return nanos.toBigInteger();
    }

    /** The text as written. */
    @Override
    public String toString() {
        return text;
    }
}
