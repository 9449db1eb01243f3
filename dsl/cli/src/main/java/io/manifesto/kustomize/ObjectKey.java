package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * What makes one object the same object in every environment: apiVersion, kind and name. The namespace is left out
 * on purpose: environments often differ in namespace, and the patch then sets it.
 *
 * @param apiVersion e.g. {@code apps/v1}
 * @param kind       e.g. {@code Deployment}
 * @param name       {@code metadata.name}
 */
record ObjectKey(String apiVersion, String kind, String name) implements Comparable<ObjectKey> {

    static ObjectKey of(JsonNode object) {
        return new ObjectKey(object.path("apiVersion").asText(), object.path("kind").asText(),
                object.path("metadata").path("name").asText());
    }

    /** The API group, empty for the core group ({@code v1}). */
    String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** The API version without the group. */
    String version() {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    /** The patch file's name: {@code deployment-web.json}. */
    String patchFileName() {
        return kind.toLowerCase(Locale.ROOT) + "-" + name + ".json";
    }

    @Override
    public int compareTo(ObjectKey other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return apiVersion + " " + kind + "/" + name;
    }
}
