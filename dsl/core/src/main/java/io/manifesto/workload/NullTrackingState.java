package io.manifesto.workload;

import io.manifesto.validate.Nulls;

import java.util.List;

/**
 * The mutable state behind an immutable DSL value (a workload, a container), copied on every change: a {@code null}
 * passed to a DSL method changes nothing and is remembered here, for the build to report as {@code input.null}.
 */
abstract class NullTrackingState {
    Nulls missing = Nulls.NONE;

    /** {@code value}; a {@code null} is remembered as missing for {@code field}/{@code method}, and changes nothing. */
    <T> T set(T current, T value, String field, String method) {
        missing = missing.remember(value, field, method);
        return value == null ? current : value;
    }

    /** Appends {@code element}, or remembers a {@code null} as missing for {@code field}/{@code method}. */
    <T> List<T> appendOrRemember(List<T> list, T element, String field, String method) {
        missing = missing.remember(element, field, method);
        return Nulls.append(list, element);
    }
}
