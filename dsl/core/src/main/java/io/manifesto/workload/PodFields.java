package io.manifesto.workload;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pod fields the downward API offers: an env var reads one value ({@code fieldRef}), a downwardAPI volume file
 * shows one value or every label or annotation at once. The API server rejects any other field path.
 */
final class PodFields {

    /** One label or annotation: {@code metadata.labels['<key>']}, {@code metadata.annotations['<key>']}. */
    private static final Pattern ONE_LABEL_OR_ANNOTATION =
            Pattern.compile("metadata\\.(labels|annotations)\\['[^']+'\\]");

    /** The pod fields an env var may read; all labels or annotations at once only fit a downwardAPI volume. */
    private static final Set<String> ENV = Set.of("metadata.name", "metadata.namespace", "metadata.uid",
            "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP",
            "status.podIPs");

    /** The pod fields a downwardAPI volume file may show; the node, the account and the IPs only fit an env var. */
    private static final Set<String> VOLUME = Set.of("metadata.name", "metadata.namespace", "metadata.uid",
            "metadata.labels", "metadata.annotations");

    private PodFields() {
    }

    /** {@code true} when an env var may read {@code path} ({@code valueFrom.fieldRef.fieldPath}). */
    static boolean forEnv(String path) {
        return path != null && (ENV.contains(path) || ONE_LABEL_OR_ANNOTATION.matcher(path).matches());
    }

    /** {@code true} when a downwardAPI volume file may show {@code path} ({@code items[].fieldRef.fieldPath}). */
    static boolean forVolume(String path) {
        return path != null && (VOLUME.contains(path) || ONE_LABEL_OR_ANNOTATION.matcher(path).matches());
    }
}
