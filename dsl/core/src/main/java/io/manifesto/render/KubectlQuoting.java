package io.manifesto.render;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import java.util.regex.Pattern;

/**
 * Quotes every string that kubectl's YAML reader (go-yaml, YAML 1.1 rules) would read as something other than a
 * string: booleans such as {@code yes}/{@code on}/{@code y}, nulls such as {@code ~}, integers in any Go base
 * ({@code 0x1F}, {@code 0o17}, {@code 0b101}, {@code 1_000}, {@code 007}), floats ({@code 1e3}, {@code .5},
 * {@code .inf}, {@code .NaN}) and timestamps ({@code 2026-11-25}). Jackson's default checker misses several of
 * these, and an env value or annotation {@code 1e3} would then fail with "cannot unmarshal number into string".
 * Applies to map keys too: a ConfigMap key {@code 1e3} would otherwise become {@code 1000}.
 */
final class KubectlQuoting extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    private static final Pattern NOT_A_STRING = Pattern.compile(String.join("|",
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "~|null|Null|NULL|<<",
            "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
            "[-+]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+|[0-9][0-9_]*)",
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || NOT_A_STRING.matcher(value).matches();
    }

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || NOT_A_STRING.matcher(name).matches();
    }
}
