package io.manifesto.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a Role ({@code rules[]}): verbs on resources of an API group, optionally on named objects only.
 *
 * @param apiGroup      the API group, {@code ""} for the core group (configmaps, secrets, pods...)
 * @param resources     the resources, plural and lower case, e.g. {@code configmaps}
 * @param verbs         what may be done to them
 * @param resourceNames the only objects it applies to; empty for every object of those resources
 */
public record Permission(String apiGroup, List<String> resources, List<Verb> verbs, List<String> resourceNames) {

    public Permission {
        apiGroup = apiGroup == null ? "" : apiGroup;
        resources = List.copyOf(resources.stream().map(r -> r == null ? "" : r).toList());
        verbs = List.copyOf(verbs.stream().filter(Objects::nonNull).toList());
        resourceNames = List.copyOf(resourceNames.stream().map(r -> r == null ? "" : r).toList());
    }

    /** {@code verbs} on the core-group {@code resources}, e.g. {@code on("configmaps")}. */
    public static Permission to(List<Verb> verbs, String... resources) {
        return new Permission("", resources == null ? List.of() : Arrays.asList(resources), verbs, List.of());
    }

    /** This permission on resources of {@code apiGroup} (e.g. {@code apps}) instead of the core group. */
    public Permission inGroup(String apiGroup) {
        return new Permission(apiGroup, resources, verbs, resourceNames);
    }

    /** This permission on the objects named {@code names} only ({@code resourceNames}). */
    public Permission named(String... names) {
        return new Permission(apiGroup, resources, verbs, names == null ? List.of() : Arrays.asList(names));
    }
}
