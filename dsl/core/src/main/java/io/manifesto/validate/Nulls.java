package io.manifesto.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code null} values passed to the DSL methods of one value, remembered as {@link MissingValue}s so that the
 * component owning the value reports them when the application is built, instead of failing with a
 * NullPointerException where they were passed. Immutable: every method returns new values.
 *
 * <pre>{@code
 * return new Ingress(..., Nulls.append(tls, section), missing.remember(section, "spec.tls", "tls(...)"));
 * }</pre>
 *
 * @param values the missing values, in the order passed
 */
public record Nulls(List<MissingValue> values) {

    /** Nothing missing. */
    public static final Nulls NONE = new Nulls(List.of());

    public Nulls {
        values = List.copyOf(values);
    }

    /**
     * The missing {@code metadata.name} of an object that the DSL factory {@code method} (e.g. {@code ingress(...)})
     * was given {@code name} for: {@link #NONE} unless {@code name} is {@code null}.
     */
    public static Nulls ofName(String name, String method) {
        return NONE.remember(name, "metadata.name", method);
    }

    /** These, plus {@code field}/{@code method} when {@code value} is {@code null}. */
    public Nulls remember(Object value, String field, String method) {
        return value == null ? with(new MissingValue(field, method)) : this;
    }

    /** These, plus {@code field}/{@code method} when the varargs {@code array} or one of its elements is null. */
    public Nulls rememberAny(Object[] array, String field, String method) {
        return array == null || Arrays.stream(array).anyMatch(Objects::isNull)
                ? with(new MissingValue(field, method)) : this;
    }

    /** These, plus {@code missing}. */
    public Nulls with(MissingValue missing) {
        List<MissingValue> copy = new ArrayList<>(values);
        copy.add(missing);
        return new Nulls(copy);
    }

    /** Reports every missing value into {@code scope}. */
    public void report(Problems.Scope scope) {
        values.forEach(missing -> missing.report(scope));
    }

    /** {@code list} plus {@code element}; {@code list} itself when {@code element} is {@code null}. */
    public static <T> List<T> append(List<T> list, T element) {
        if (element == null) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return List.copyOf(copy);
    }

    /** {@code list} plus the elements of {@code array} that are not {@code null}. */
    public static <T> List<T> appendAll(List<T> list, T[] array) {
        List<T> copy = new ArrayList<>(list);
        copy.addAll(present(array));
        return List.copyOf(copy);
    }

    /** The elements of {@code array} that are not {@code null}; empty for a {@code null} array. */
    public static <T> List<T> present(T[] array) {
        return array == null ? List.of() : Arrays.stream(array).filter(Objects::nonNull).toList();
    }

    /**
     * {@code map} plus {@code key: value}, sorted by key; a {@code null} key or value becomes {@code ""}, which the
     * key and value checks then report.
     */
    public static Map<String, String> put(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new TreeMap<>(map);
        copy.put(Objects.requireNonNullElse(key, ""), Objects.requireNonNullElse(value, ""));
        return Collections.unmodifiableMap(copy);
    }
}
