package io.manifesto.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the common canonical tree as YAML directly, byte for byte what Jackson's YAML generator (through SnakeYAML's
 * emitter) writes with the serializer's settings, at a fraction of the cost: the emitter analyses every scalar and
 * builds an event per key and value, which was the largest share of rendering.
 *
 * <p>It only takes a document whose every scalar it can write without SnakeYAML's analysis: strings of ASCII letters,
 * digits and {@code . _ / + @ = -} (and {@code :} not last) that start with a letter, digit, {@code /} or {@code _},
 * keys shorter than 128 characters (longer ones become complex keys), integers and booleans; empty maps only as map
 * values, no list directly in a list. Anything else (multi-line text, quotes, spaces, Unicode, floats, an empty string)
 * makes {@link #write} return {@code false}, and the serializer writes that document with Jackson.
 */
final class PlainYamlEmitter {

    /** Jackson's own test of {@code ALWAYS_QUOTE_NUMBERS_AS_STRINGS} ({@code YAMLGenerator.PLAIN_NUMBER_P}). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]*(\\.[0-9]*)?");
    /** SnakeYAML writes a longer key as a complex key ({@code ? key}). */
    private static final int MAX_SIMPLE_KEY = 128;
    private static final int INDENT = 2;

    private final StringQuotingChecker quoting;

    PlainYamlEmitter(StringQuotingChecker quoting) {
        this.quoting = quoting;
    }

    /**
     * Appends {@code document} to {@code out} as one YAML document opened by {@code ---}, or returns {@code false}
     * (with {@code out} cut back to where it was) when the document holds something only Jackson writes exactly.
     */
    boolean write(ObjectNode document, StringBuilder out) {
        int start = out.length();
        out.append("---");
        if (document.isEmpty() || !mapping(document, 0, out, true)) {
            out.setLength(start);
            return false;
        }
        return true;
    }

    /** The fields of {@code node} at {@code indent}; {@code inline} when the first key follows on the current line. */
    private boolean mapping(ObjectNode node, int indent, StringBuilder out, boolean newLine) {
        boolean first = true;
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (key.length() >= MAX_SIMPLE_KEY || !isSimple(key)) {
                return false;
            }
            if (!first || newLine) {
                out.append('\n');
                pad(out, indent);
            }
            first = false;
            if (quoting.needToQuoteName(key)) {
                out.append('"').append(key).append('"');
            } else {
                out.append(key);
            }
            out.append(':');
            JsonNode value = field.getValue();
            if (value.isObject()) {
                if (value.isEmpty()) {
                    out.append(" {}");
                } else if (!mapping((ObjectNode) value, indent + INDENT, out, true)) {
                    return false;
                }
            } else if (value.isArray()) {
                if (!sequence((ArrayNode) value, indent, out)) {
                    return false;
                }
            } else {
                out.append(' ');
                if (!scalar(value, out)) {
                    return false;
                }
            }
        }
        if (indent == 0) {
            out.append('\n');
        }
        return true;
    }

    /** A list as the value of a key at {@code indent}: its dashes at the key's indentation. */
    private boolean sequence(ArrayNode node, int indent, StringBuilder out) {
        if (node.isEmpty()) {
            return false;
        }
        for (JsonNode element : node) {
            out.append('\n');
            pad(out, indent);
            out.append("- ");
            if (element.isObject()) {
                if (element.isEmpty() || !mapping((ObjectNode) element, indent + INDENT, out, false)) {
                    return false;
                }
            } else if (element.isArray() || !scalar(element, out)) {
                return false;
            }
        }
        return true;
    }

    private boolean scalar(JsonNode value, StringBuilder out) {
        if (value.isTextual()) {
            String text = value.textValue();
            if (!isSimple(text)) {
                return false;
            }
            if (quoting.needToQuoteValue(text) || PLAIN_NUMBER.matcher(text).matches()) {
                out.append('"').append(text).append('"');
            } else {
                out.append(text);
            }
            return true;
        }
        if (value.isInt() || value.isLong()) {
            out.append(value.longValue());
            return true;
        }
        if (value.isBoolean()) {
            out.append(value.booleanValue());
            return true;
        }
        return false;
    }

    /**
     * {@code true} for text SnakeYAML writes as it is, plain or in double quotes, with no escape: see the class
     * comment. A first character that is an indicator ({@code -}, {@code .} for {@code ---} and {@code ...}, and the
     * rest) and a {@code :} at the end would make SnakeYAML choose another style.
     */
    static boolean isSimple(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        char first = text.charAt(0);
        if (!(isAlphanumeric(first) || first == '/' || first == '_')) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            boolean allowed = isAlphanumeric(c) || c == '.' || c == '_' || c == '/' || c == '-' || c == '+'
                    || c == '@' || c == '=' || (c == ':' && i < length - 1);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void pad(StringBuilder out, int indent) {
        for (int i = 0; i < indent; i++) {
            out.append(' ');
        }
    }
}
