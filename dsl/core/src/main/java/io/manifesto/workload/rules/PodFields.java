package io.manifesto.workload.rules;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pod fields the downward API offers: an env var reads one value ({@code fieldRef}), a downwardAPI volume file
 * shows one value or every label or annotation at once. The API server rejects any other field path. The lists are
 * ordered as the messages offer them.
 */
final class PodFields {

    /** One label or annotation: {@code metadata.labels['<key>']}, {@code metadata.annotations['<key>']}. */
    private static final Pattern ONE_LABEL_OR_ANNOTATION =
            Pattern.compile("metadata\\.(labels|annotations)\\['[^']+'\\]");

    /** {@link #ONE_LABEL_OR_ANNOTATION} as a message writes it. */
    private static final List<String> ONE_LABEL_OR_ANNOTATION_FORMS =
            List.of("metadata.labels['<key>']", "metadata.annotations['<key>']");

    /** The pod's identity, which both an env var and a downwardAPI volume file may read. */
    private static final List<String> IDENTITY = List.of("metadata.name", "metadata.namespace", "metadata.uid");

    /** The pod fields only an env var may read: the node, the account and the IPs. */
    private static final List<String> ENV_ONLY = List.of("spec.nodeName", "spec.serviceAccountName",
            "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");

    /** All labels or annotations at once, which only a downwardAPI volume file may show. */
    private static final List<String> VOLUME_ONLY = List.of("metadata.labels", "metadata.annotations");

    private PodFields() {
    }

    /** {@code true} when an env var may read {@code path} ({@code valueFrom.fieldRef.fieldPath}). */
    static boolean forEnv(String path) {
        return path != null && (IDENTITY.contains(path) || ENV_ONLY.contains(path)
                || ONE_LABEL_OR_ANNOTATION.matcher(path).matches());
    }

    /** {@code true} when a downwardAPI volume file may show {@code path} ({@code items[].fieldRef.fieldPath}). */
    static boolean forVolume(String path) {
        return path != null && (IDENTITY.contains(path) || VOLUME_ONLY.contains(path)
                || ONE_LABEL_OR_ANNOTATION.matcher(path).matches());
    }

    /** The fields an env var may read, for a message: {@code metadata.name, ..., status.podIPs}. */
    static String envChoices() {
        return join(IDENTITY, ONE_LABEL_OR_ANNOTATION_FORMS, ENV_ONLY);
    }

    /** The fields a downwardAPI volume file may show, for a message: {@code metadata.name, ...}. */
    static String volumeChoices() {
        return join(IDENTITY, VOLUME_ONLY, ONE_LABEL_OR_ANNOTATION_FORMS);
    }

    @SafeVarargs
    private static String join(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).collect(Collectors.joining(", "));
    }
}
