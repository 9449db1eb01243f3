package io.manifesto.workload;

/**
 * A header an HTTP probe sends: an entry of {@code httpGet.httpHeaders}, e.g. a {@code Host} for a server that routes
 * by name.
 *
 * @param name  {@code name}: letters, digits and '-' (the API server accepts no other header name); {@code null}
 *              when {@code null} was passed, which the container reports as {@code input.null}
 * @param value {@code value}; {@code null} likewise
 */
public record ProbeHeader(String name, String value) {
}
