package io.manifesto.render;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes every string that kubectl's YAML reader (go-yaml, YAML 1.1 rules) would read as something other than a
 * string: booleans such as {@code yes}/{@code on}/{@code y}, nulls such as {@code ~}, integers in any Go base
 * ({@code 0x1F}, {@code 0o17}, {@code 0b101}, {@code 1_000}, {@code 007}), floats ({@code 1e3}, {@code .5},
 * {@code .inf}, {@code .NaN}, {@code 1_000.5}) and timestamps ({@code 2026-11-25}). Jackson's default checker misses
 * several of these, and an env value or annotation {@code 1e3} would then fail with "cannot unmarshal number into
 * string". Applies to map keys too: a ConfigMap key {@code 1e3} would otherwise become {@code 1000}.
 */
final class KubectlQuoting extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    /** An integer in any Go base, or a float of YAML's form; matched on the text without its {@code _}. */
    private static final String NUMBER = String.join("|",
            "[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)",
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /** The words go-yaml reads as booleans or null, and the merge key: matched exactly. */
    private static final Set<String> WORDS = Set.of(
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
            "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "<<");

    /** What else go-yaml reads as a non-string: infinities, NaN, numbers and timestamps. */
    private static final Pattern NOT_A_WORD = Pattern.compile(String.join("|",
            "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
            NUMBER,
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));

    private static final Pattern NUMBER_WITHOUT_UNDERSCORES = Pattern.compile(NUMBER);

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || isNotAString(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || isNotAString(name);
    }

    /**
     * go-yaml deletes every {@code _} of a plain scalar that starts with a digit or a sign before it tries int and
     * float ({@code 1_000.5} is 1000.5, {@code +_1} is 1); a scalar starting with {@code .} goes to Go's ParseFloat as
     * it is, which refuses {@code _}.
     */
    static boolean isNotAString(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean numeric = (first >= '0' && first <= '9') || first == '+' || first == '-';
        if (!numeric && first != '.') {
            // every infinity, NaN, number and timestamp starts with a digit, a sign or '.': the rest are words
            return WORDS.contains(text);
        }
        if (NOT_A_WORD.matcher(text).matches()) {
            return true;
        }
        return numeric && text.indexOf('_') >= 0 && NUMBER_WITHOUT_UNDERSCORES.matcher(text.replace("_", "")).matches();
    }
}
