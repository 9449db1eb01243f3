package io.manifesto.validate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The naming rules of Kubernetes (DNS-1123 subdomains and labels, DNS-1035 labels, label keys and values, port
 * names), each reporting into a {@link Problems.Scope} with the rule id, the value and the fix.
 */
public final class Names {

    /** The example a fix offers when nothing valid can be made from the value. */
    private static final String GENERIC_NAME = "my-app";

    /** Rule id: a name that is not a DNS-1123 subdomain. */
    public static final String DNS1123_SUBDOMAIN_RULE = "name.dns1123-subdomain";
    /** Rule id: a name that is not a DNS-1123 label. */
    public static final String DNS1123_LABEL_RULE = "name.dns1123-label";
    /** Rule id: a name that is not a DNS-1035 label. */
    public static final String DNS1035_LABEL_RULE = "name.dns1035-label";
    /** Rule id: a label key that Kubernetes rejects. */
    public static final String LABEL_KEY_RULE = "label.key";
    /** Rule id: a label value that Kubernetes rejects. */
    public static final String LABEL_VALUE_RULE = "label.value";
    /** Rule id: a recommended label typed by hand; Manifesto derives it. */
    public static final String RESERVED_LABEL_RULE = "label.reserved";
    /** Rule id: a ConfigMap or Secret key that Kubernetes rejects. */
    public static final String DATA_KEY_RULE = "data.key";
    /** Rule id: a port name that Kubernetes rejects. */
    public static final String PORT_NAME_RULE = "port.name";
    /** Rule id: a port number outside 1..65535. */
    public static final String PORT_NUMBER_RULE = "port.number";

    private Names() {
    }

    /** {@code true} when {@code value} is a DNS-1123 label: at most 63 of {@code [a-z0-9-]}, alphanumeric ends. */
    public static boolean isDns1123Label(String value) {
        return value != null && value.length() <= 63 && isDnsLabel(value, 0, value.length(), false);
    }

    /** {@code true} when {@code value} is a DNS-1123 subdomain: at most 253 of {@code [a-z0-9.-]}. */
    public static boolean isDns1123Subdomain(String value) {
        return value != null && value.length() <= 253 && isSubdomainShaped(value);
    }

    /** Checks a name that must be a DNS-1123 subdomain (most kinds: Deployment, ConfigMap, Ingress...). */
    public static void checkDns1123Subdomain(FieldReporter scope, String field, String value) {
        if (!isDns1123Subdomain(value)) {
            scope.error(DNS1123_SUBDOMAIN_RULE, field, value,
                    "must be a DNS-1123 subdomain: at most 253 characters of lower-case letters, digits, '-' and '.',"
                            + " starting and ending with a letter or digit",
                    "use a name such as \"" + suggestName(value) + "\"");
        }
    }

    /** Checks a name that must be a DNS-1123 label (Namespace, container and volume names). */
    public static void checkDns1123Label(FieldReporter scope, String field, String value) {
        if (!isDns1123Label(value)) {
            scope.error(DNS1123_LABEL_RULE, field, value,
                    "must be a DNS-1123 label: at most 63 characters of lower-case letters, digits and '-',"
                            + " starting and ending with a letter or digit",
                    "use a name such as \"" + suggestLabel(value) + "\"");
        }
    }

    /** Checks a name that must be a DNS-1035 label (Service names). */
    public static void checkDns1035Label(FieldReporter scope, String field, String value) {
        if (value == null || value.length() > 63 || !isDnsLabel(value, 0, value.length(), true)) {
            scope.error(DNS1035_LABEL_RULE, field, value,
                    "must be a DNS-1035 label: at most 63 characters of lower-case letters, digits and '-',"
                            + " starting with a letter and ending with a letter or digit",
                    "use a name that starts with a letter, such as \"" + suggestDns1035(value) + "\"");
        }
    }

    /** Checks a label (or annotation) key: optional DNS-1123 subdomain prefix and '/', then a name of at most 63. */
    public static void checkLabelKey(FieldReporter scope, String field, String key) {
        String prefix = null;
        String name = key == null ? "" : key;
        int slash = name.indexOf('/');
        if (slash >= 0) {
            prefix = name.substring(0, slash);
            name = name.substring(slash + 1);
        }
        boolean valid = name.length() <= 63 && isLabelName(name)
                && (prefix == null || isDns1123Subdomain(prefix));
        if (!valid) {
            scope.error(LABEL_KEY_RULE, field, key,
                    "is not a valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63"
                            + " characters of letters, digits, '-', '_' and '.', starting and ending with a letter"
                            + " or digit",
                    "use a key such as \"example.com/tier\" or \"tier\"");
        }
    }

    /** {@code true} when {@code value} is a valid label value: empty, or at most 63 of {@code [-A-Za-z0-9_.]}. */
    public static boolean isLabelValue(String value) {
        return value != null && value.length() <= 63 && (value.isEmpty() || isLabelName(value));
    }

    /** Checks a label value: empty, or at most 63 of letters, digits, '-', '_', '.', alphanumeric ends. */
    public static void checkLabelValue(FieldReporter scope, String field, String value) {
        if (!isLabelValue(value)) {
            scope.error(LABEL_VALUE_RULE, field, value,
                    "is not a valid label value: at most 63 characters of letters, digits, '-', '_' and '.',"
                            + " starting and ending with a letter or digit",
                    "shorten it or replace the other characters, e.g. \"" + suggestLabelValue(value) + "\"");
        }
    }

    /**
     * Checks a name that is also rendered into a label value, where it may have at most {@code maxLength} characters
     * (a name may otherwise have 253): reports {@code rule} at {@code field}, saying {@code why}. A name that is not
     * a DNS-1123 subdomain is left to the name check, so that one mistake is reported once.
     */
    public static void checkNameLength(FieldReporter scope, String field, String name, int maxLength, String rule,
                                       String why) {
        if (isDns1123Subdomain(name) && name.length() > maxLength) {
            scope.error(rule, field, name, why, "shorten the name to at most " + maxLength + " characters");
        }
    }

    /** Checks a ConfigMap or Secret key: at most 253 of letters, digits, '-', '_' and '.'. */
    public static void checkDataKey(FieldReporter scope, String field, String key) {
        if (key == null || key.length() > 253 || !isDataKey(key)) {
            String text = key == null ? "" : key;
            scope.error(DATA_KEY_RULE, field, key,
                    "is not a valid ConfigMap or Secret key: at most 253 characters of letters, digits, '-', '_'"
                            + " and '.'",
                    "rename the key, e.g. \"" + (text.isBlank() ? "key" : text.replaceAll("[^-._a-zA-Z0-9]+", "-"))
                            + "\"");
        }
    }

    /** {@code true} when {@code name} is a port name (IANA_SVC_NAME), as {@link #checkPortName} checks it. */
    public static boolean isPortName(String name) {
        return name != null && name.length() <= 15 && isDnsLabel(name, 0, name.length(), false)
                && !name.contains("--") && name.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Checks a port name: at most 15 of {@code [-a-z0-9]}, at least one letter, no {@code --}, no '-' at the ends. */
    public static void checkPortName(FieldReporter scope, String field, String name) {
        if (!isPortName(name)) {
            scope.error(PORT_NAME_RULE, field, name,
                    "is not a valid port name: at most 15 characters of lower-case letters, digits and '-',"
                            + " with at least one letter, no '--' and no '-' at either end",
                    "use a name such as \"http\", \"grpc\" or \"metrics\"");
        }
    }

    /** Checks a port number: 1 to 65535. */
    public static void checkPortNumber(FieldReporter scope, String field, int number) {
        if (number < 1 || number > 65535) {
            scope.error(PORT_NUMBER_RULE, field, number, "is not a port number: ports go from 1 to 65535",
                    "use a port between 1 and 65535, e.g. 8080");
        }
    }

    /**
     * A DNS-1123 subdomain made from {@code value}: lower case, other characters as '-', empty labels dropped and
     * each label trimmed of '-', at most 253 characters; empty when nothing is left. The caller checks that it differs
     * from what the user wrote, so that a fix never offers the invalid value back.
     */
    public static Optional<String> suggestSubdomain(String value) {
        String cleaned = Arrays.stream((value == null ? "" : value).toLowerCase(Locale.ROOT).split("\\."))
                .map(label -> label.replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", ""))
                .filter(label -> !label.isEmpty())
                .collect(Collectors.joining("."));
        return Optional.of(truncate(cleaned, 253)).filter(Names::isDns1123Subdomain);
    }

    private static String suggestName(String value) {
        return suggestSubdomain(value).filter(name -> !name.equals(value)).orElse(GENERIC_NAME);
    }

    private static String suggestLabel(String value) {
        return labelOf(value).filter(label -> !label.equals(value)).orElse(GENERIC_NAME);
    }

    private static String suggestDns1035(String value) {
        String label = labelOf(value).orElse(GENERIC_NAME);
        String named = Character.isLetter(label.charAt(0)) ? label : truncate("x-" + label, 63);
        return named.equals(value) ? GENERIC_NAME : named;
    }

    /** A DNS-1123 label made from {@code value}: its {@link #suggestSubdomain} with dots as '-', at most 63 long. */
    private static Optional<String> labelOf(String value) {
        return suggestSubdomain(value).map(name -> truncate(name.replace('.', '-'), 63));
    }

    /** {@code text} cut to {@code max} characters, without a trailing '-' or '.'. */
    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max).replaceAll("[-.]+$", "") : text;
    }

    private static String suggestLabelValue(String value) {
        String cleaned = (value == null ? "" : value).replaceAll("[^A-Za-z0-9_.-]+", "-")
                .replaceAll("^[-_.]+|[-_.]+$", "");
        return cleaned.length() > 63 ? cleaned.substring(0, 63).replaceAll("[-_.]+$", "") : cleaned;
    }

    // Hand-written matchers: these checks run on every name, label and key of every object, where a regex matcher
    // cost a measurable share of a build. Each says which expression it stands for; NamesMatchersTest holds them equal.

    /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} on {@code text[from, to)}; {@code [a-z]...} when {@code letterFirst}. */
    static boolean isDnsLabel(String text, int from, int to, boolean letterFirst) {
        if (from >= to) {
            return false;
        }
        char first = text.charAt(from);
        if (letterFirst ? !(first >= 'a' && first <= 'z') : !isLowerAlphanumeric(first)) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (!isLowerAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return isLowerAlphanumeric(text.charAt(to - 1));
    }

    /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*}: labels joined by dots. */
    static boolean isSubdomainShaped(String text) {
        int start = 0;
        while (true) {
            int dot = text.indexOf('.', start);
            int end = dot < 0 ? text.length() : dot;
            if (!isDnsLabel(text, start, end, false)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}: a label name or a non-empty label value. */
    static boolean isLabelName(String text) {
        int length = text.length();
        if (length == 0 || !isAlphanumeric(text.charAt(0)) || !isAlphanumeric(text.charAt(length - 1))) {
            return false;
        }
        for (int i = 1; i < length - 1; i++) {
            char c = text.charAt(i);
            if (!isAlphanumeric(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code [-._a-zA-Z0-9]+}: a ConfigMap or Secret key. */
    static boolean isDataKey(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAlphanumeric(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isAlphanumeric(char c) {
        return isLowerAlphanumeric(c) || (c >= 'A' && c <= 'Z');
    }
}
