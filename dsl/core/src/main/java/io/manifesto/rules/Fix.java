package io.manifesto.rules;

import io.manifesto.objects.Origin;

import java.util.Objects;

/**
 * How to fix a finding, worded for where the object came from: a DSL object's fix names the DSL call, an object
 * read from a file or added as it is names the field to change.
 *
 * @param dsl      the fix in DSL terms
 * @param manifest the fix in manifest terms
 */
public record Fix(String dsl, String manifest) {

    public Fix {
        Objects.requireNonNull(dsl, "dsl");
        Objects.requireNonNull(manifest, "manifest");
    }

    /** A fix that reads the same for every origin. */
    public static Fix of(String text) {
        return new Fix(text, text);
    }

    /** A fix in DSL terms and one in manifest terms. */
    public static Fix of(String dsl, String manifest) {
        return new Fix(dsl, manifest);
    }

    /** The wording for an object of {@code origin}. */
    public String textFor(Origin origin) {
        return origin.isDsl() ? dsl : manifest;
    }
}
