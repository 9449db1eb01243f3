package io.manifesto.lint;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API groups and the {@code apiVersion}/{@code kind} pairs that the fabric8 models on the class path know, read
 * from their {@code META-INF/services} registry: a kind that a known group does not have (a typo, {@code apps/v1
 * Deploymnet}, or a version the group never had) is not served, and {@code kubectl apply} rejects it; a group none
 * of them knows is some CRD, left alone.
 */
final class ServedKinds {

    /** A document whose kind its API group does not serve. */
    static final String UNKNOWN_KIND = "lint.unknown-kind";

    private static final String REGISTRY = "META-INF/services/io.fabric8.kubernetes.api.model.KubernetesResource";
    private static final Set<String> GROUPS = new TreeSet<>();
    private static final Set<String> KINDS = new TreeSet<>();

    static {
        try {
            Enumeration<URL> registries = ServedKinds.class.getClassLoader().getResources(REGISTRY);
            for (URL registry : Collections.list(registries)) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(registry.openStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(ServedKinds::register);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ServedKinds() {
    }

    private static void register(String className) {
        try {
            Class<?> type = Class.forName(className, false, ServedKinds.class.getClassLoader());
            if (HasMetadata.class.isAssignableFrom(type)) {
                @SuppressWarnings("unchecked")
                Class<? extends HasMetadata> resource = (Class<? extends HasMetadata>) type;
                GROUPS.add(group(HasMetadata.getApiVersion(resource)));
                KINDS.add(HasMetadata.getApiVersion(resource) + " " + HasMetadata.getKind(resource));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // a registry entry without its class says nothing about what is served
        }
    }

    /**
     * {@code true} when the group of {@code apiVersion} is one the models know and it has no {@code kind} in that
     * version.
     */
    static boolean isUnserved(String apiVersion, String kind) {
        return GROUPS.contains(group(apiVersion)) && !KINDS.contains(apiVersion + " " + kind);
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
