package io.manifesto.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the failure messages of the manifest assertions, in AssertJ's shape: what was expected and
 * what was found, each on its own indented line. Everything is plain string concatenation, so the
 * messages are the same in every locale.
 */
final class Messages {

    private Messages() {}

    /** {@code \nExpecting <what>\n  <expected>\nbut <but>}. */
    static String expecting(String what, String expected, String but) {
        return "\nExpecting " + what + "\n" + indent(expected) + "\nbut " + but;
    }

    /** {@code it had} followed by the indented actual value. */
    static String itHad(String actual) {
        return "it had\n" + indent(actual);
    }

    static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    /** {@code Kind/name}, the way kubectl names a resource. */
    static String resource(HasMetadata resource) {
        String name = resource.getMetadata() == null ? null : resource.getMetadata().getName();
        return resource.getKind() + "/" + name;
    }

    /** One {@code Kind/name} per line, or {@code (none)}. */
    static String resources(List<? extends HasMetadata> resources) {
        return resources.isEmpty()
                ? "(none)"
                : resources.stream().map(Messages::resource).collect(Collectors.joining("\n"));
    }

    static String quote(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /** A map with its keys sorted, so the message does not depend on insertion order. */
    static String entries(Map<String, String> map) {
        return map == null ? "{}" : new TreeMap<>(map).toString();
    }

    static String quantity(Quantity quantity) {
        String amount = quantity.getAmount() == null ? "" : quantity.getAmount();
        return quantity.getFormat() == null ? amount : amount + quantity.getFormat();
    }

    static String intOrString(IntOrString value) {
        if (value == null) {
            return null;
        }
        return value.getIntVal() != null ? String.valueOf(value.getIntVal()) : value.getStrVal();
    }

    /** Null-safe list access: fabric8 leaves lists null on objects that were not built. */
    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Null-safe map access. */
    static Map<String, String> map(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
