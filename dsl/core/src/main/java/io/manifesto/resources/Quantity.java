package io.manifesto.resources;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kubernetes quantity such as {@code 100m}, {@code 128Mi} or {@code 1.5}, kept as written. It renders as the same
 * text; its numeric value compares requests with limits. An invalid text is kept too, so that the build reports
 * it with the resource and field it was written in, together with every other problem.
 *
 * @param text the quantity as written, e.g. {@code 128Mi}
 */
public record Quantity(String text) implements Comparable<Quantity> {

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("0.000000001")),
            Map.entry("u", new BigDecimal("0.000001")),
            Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("M", BigDecimal.TEN.pow(6)),
            Map.entry("G", BigDecimal.TEN.pow(9)),
            Map.entry("T", BigDecimal.TEN.pow(12)),
            Map.entry("P", BigDecimal.TEN.pow(15)),
            Map.entry("E", BigDecimal.TEN.pow(18)),
            Map.entry("Ki", BigDecimal.valueOf(2).pow(10)),
            Map.entry("Mi", BigDecimal.valueOf(2).pow(20)),
            Map.entry("Gi", BigDecimal.valueOf(2).pow(30)),
            Map.entry("Ti", BigDecimal.valueOf(2).pow(40)),
            Map.entry("Pi", BigDecimal.valueOf(2).pow(50)),
            Map.entry("Ei", BigDecimal.valueOf(2).pow(60)));

    public Quantity {
        Objects.requireNonNull(text, "text");
    }

    /** The quantity {@code text}, e.g. {@code Quantity.of("128Mi")}; validity is checked at build time. */
    public static Quantity of(String text) {
        return new Quantity(text == null ? "" : text);
    }

    /**
     * The quantity a fabric8 object holds, as it was written: fabric8 splits {@code 500m} into amount {@code 500} and
     * format {@code m}, and keeps text it cannot parse in the amount. {@code null} reads as {@code ""}, which is
     * invalid.
     */
    public static Quantity fromObject(io.fabric8.kubernetes.api.model.Quantity quantity) {
        if (quantity == null) {
            return of("");
        }
        return of((quantity.getAmount() == null ? "" : quantity.getAmount())
                + (quantity.getFormat() == null ? "" : quantity.getFormat()));
    }

    /** {@code millis} thousandths, written {@code <millis>m} (CPU millicores). */
    public static Quantity millis(long millis) {
        return new Quantity(millis + "m");
    }

    /**
     * {@code value}, rounded up to what Kubernetes counts of {@code resource} ({@link ResourceName#resolution()}),
     * written as a person would: CPU in whole cores ({@code 2}) or millicores ({@code 1500m}), bytes with the
     * largest binary suffix that divides them ({@link #ofBytes}).
     */
    public static Quantity rounded(ResourceName resource, BigDecimal value) {
        BigDecimal whole = roundUp(value, resource);
        if (resource.countsBytes()) {
            return ofBytes(whole.toBigIntegerExact());
        }
        return whole.stripTrailingZeros().scale() <= 0 ? new Quantity(whole.toBigIntegerExact().toString())
                : millis(whole.movePointRight(3).longValueExact());
    }

    /**
     * {@code bytes} with the largest binary suffix that divides them: {@code 1048576} is {@code 1Mi}, {@code 1536}
     * stays {@code 1536}.
     */
    public static Quantity ofBytes(BigInteger bytes) {
        BigDecimal value = new BigDecimal(bytes);
        return SUFFIXES.entrySet().stream()
                .filter(e -> e.getKey().endsWith("i") && value.signum() > 0
                        && value.remainder(e.getValue()).signum() == 0)
                .max(Map.Entry.comparingByValue())
                .map(e -> new Quantity(value.divide(e.getValue()).toBigIntegerExact() + e.getKey()))
                .orElseGet(() -> new Quantity(bytes.toString()));
    }

    /**
     * The sum of {@code quantities} as one amount of {@code resource}: the only one as written, otherwise the total
     * {@link #rounded}. Every quantity must be valid.
     */
    public static Quantity sum(ResourceName resource, List<Quantity> quantities) {
        if (quantities.size() == 1) {
            return quantities.get(0);
        }
        return rounded(resource, quantities.stream().map(q -> q.value().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** {@code true} when Kubernetes accepts the text as a non-negative quantity. */
    public boolean isValid() {
        return numberEnd(text) >= 0;
    }

    /** The numeric value ({@code 100m} is 0.1, {@code 1Ki} is 1024), or empty when the text is invalid. */
    public Optional<BigDecimal> value() {
        int end = numberEnd(text);
        if (end < 0) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(text.substring(text.startsWith("+") ? 1 : 0, end));
        String suffix = text.substring(end);
        if (!SUFFIXES.containsKey(suffix)) { // an exponent, e.g. e3; "Ei" and "E" are suffixes
            return Optional.of(number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1))));
        }
        return Optional.of(number.multiply(SUFFIXES.get(suffix)));
    }

    /**
     * The value rounded up to what Kubernetes counts of {@code resource} (whole millicores of CPU, whole bytes of
     * memory), or empty when the text is invalid.
     */
    public Optional<BigDecimal> roundedUp(ResourceName resource) {
        return value().map(v -> roundUp(v, resource));
    }

    /** {@code true} when the value is a whole number of millicores (CPU) or bytes (memory, ephemeral storage). */
    public boolean isWhole(ResourceName resource) {
        return value().map(v -> v.compareTo(roundUp(v, resource)) == 0).orElse(false);
    }

    /**
     * {@code true} when Kubernetes accepts this as an amount of {@code resource}: a valid quantity, and a whole
     * number of bytes for memory and ephemeral storage.
     */
    public boolean isValidFor(ResourceName resource) {
        return isValid() && (!resource.countsBytes() || isWhole(resource));
    }

    /**
     * Reports this quantity into {@code scope} when Kubernetes would not parse it: rule {@code quantity.format},
     * with {@code example} (e.g. {@code 128Mi}) in the fix. The one place that says what a quantity looks like.
     */
    public void check(io.manifesto.validate.FieldReporter scope, String field, String example) {
        if (!isValid()) {
            scope.error(Resources.QUANTITY_FORMAT_RULE, field, text,
                    "is not a Kubernetes quantity: a number with an optional suffix"
                            + " (n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei, or e<n>)",
                    "write it like \"" + example + "\"");
        }
    }

    /**
     * Reports this quantity as an amount of {@code resource} into {@code scope}: the {@link #check format}, with the
     * resource's example in the fix; then a fraction of a byte of memory or ephemeral storage, which Kubernetes
     * calls invalid ({@link Resources#FRACTIONAL_BYTES_RULE}, e.g. {@code memory("512m")}, 0.512 bytes), and, as a
     * warning, CPU with a binary suffix, almost surely a memory value typed as CPU
     * ({@link Resources#CPU_BINARY_SUFFIX_RULE}, e.g. {@code cpu("128Mi")}).
     */
    public void check(io.manifesto.validate.FieldReporter scope, String field, ResourceName resource) {
        check(scope, field, resource.example());
        if (!isValid()) {
            return;
        }
        String suffix = suffix();
        BigDecimal value = value().orElseThrow();
        if (resource.countsBytes() && !isWhole(resource)) {
            String mebibytes = text.substring(0, text.length() - 1) + "Mi";
            scope.error(Resources.FRACTIONAL_BYTES_RULE, field, text,
                    resource.display() + " counts in whole bytes, and this is " + value.stripTrailingZeros()
                            .toPlainString() + " bytes: Kubernetes calls a fractional byte value invalid",
                    suffix.equals("m") ? "\"m\" means thousandths: write \"" + mebibytes + "\" for mebibytes, or a"
                            + " whole number of bytes"
                            : "round it to \"" + rounded(resource, value) + "\"");
        } else if (resource == ResourceName.CPU && suffix.endsWith("i")) {
            scope.warning(Resources.CPU_BINARY_SUFFIX_RULE, field, text,
                    "a binary suffix (Ki, Mi, Gi...) measures bytes, and this is "
                            + value.stripTrailingZeros().toPlainString()
                            + " cores: almost surely a memory value typed as CPU",
                    "write CPU in cores or millicores, e.g. \"100m\"; if it is memory, " + (scope.dslTerms()
                            ? "use memory(\"" + text + "\")" : "put it under the memory key"));
        }
    }

    /** The suffix as written ({@code Mi}, {@code m}, {@code e3}), empty when none; the text must be valid. */
    private String suffix() {
        int end = numberEnd(text);
        return end < 0 ? "" : text.substring(end);
    }

    /**
     * Where the number of a valid quantity ends and its suffix begins, or {@code -1} when Kubernetes would not parse
     * it: {@code \+?([0-9]+(\.[0-9]*)?|\.[0-9]+)} then nothing, a suffix ({@code n u m k M G T P E Ki Mi Gi Ti Pi
     * Ei}) or an exponent ({@code [eE][+-]?[0-9]{1,3}}). Written by hand: every request, limit and comparison of
     * them parses the text, and a regex matcher was a measurable share of a build.
     */
    static int numberEnd(String text) {
        int length = text.length();
        int i = !text.isEmpty() && text.charAt(0) == '+' ? 1 : 0;
        int integer = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        boolean whole = i > integer;
        boolean fraction = false;
        if (i < length && text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            fraction = i > start;
        }
        if (!whole && !fraction) {
            return -1;
        }
        String suffix = text.substring(i);
        return SUFFIXES.containsKey(suffix) || isExponent(suffix) ? i : -1;
    }

    private static boolean isExponent(String suffix) {
        int length = suffix.length();
        if (length < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) {
            return false;
        }
        int digits = suffix.charAt(1) == '+' || suffix.charAt(1) == '-' ? 2 : 1;
        if (length - digits < 1 || length - digits > 3) {
            return false;
        }
        for (int i = digits; i < length; i++) {
            if (!isDigit(suffix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BigDecimal roundUp(BigDecimal value, ResourceName resource) {
        BigDecimal unit = resource.resolution();
        return value.divide(unit).setScale(0, RoundingMode.CEILING).multiply(unit);
    }

    /** Compares numeric values; an invalid quantity sorts first. */
    @Override
    public int compareTo(Quantity other) {
        BigDecimal mine = value().orElse(BigDecimal.valueOf(-1));
        BigDecimal theirs = other.value().orElse(BigDecimal.valueOf(-1));
        return mine.compareTo(theirs);
    }

    /** The text as written. */
    @Override
    public String toString() {
        return text;
    }
}
