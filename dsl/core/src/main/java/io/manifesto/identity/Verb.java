package io.manifesto.identity;

import java.util.Locale;

/** What a Role allows on a resource: the verbs of the Kubernetes API ({@code rules[].verbs}). */
public enum Verb {
    /** Read one object. */
    GET,
    /** Read every object of the kind. */
    LIST,
    /** Follow changes. */
    WATCH,
    /** Create objects. */
    CREATE,
    /** Replace objects. */
    UPDATE,
    /** Change fields of objects. */
    PATCH,
    /** Delete an object. */
    DELETE,
    /** Delete every object of the kind at once. */
    DELETECOLLECTION;

    /** The verb as the API spells it, e.g. {@code deletecollection}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The read-only verbs: get, list, watch. */
    public static Verb[] read() {
        return new Verb[]{GET, LIST, WATCH};
    }
}
