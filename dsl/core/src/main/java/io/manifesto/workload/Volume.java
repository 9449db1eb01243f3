package io.manifesto.workload;

import io.manifesto.resources.Quantity;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A volume of a pod, {@code spec.volumes[]}: where its files come from. Containers mount it by name. */
public sealed interface Volume {

    /** {@code name}, a DNS-1123 label that mounts refer to. */
    String name();

    /** {@code configMap}: the keys of a ConfigMap as files. */
    static Volume configMap(String name, String configMap) {
        return new FromConfigMap(name, configMap);
    }

    /** {@code secret}: the keys of a Secret as files. */
    static Volume secret(String name, String secret) {
        return new FromSecret(name, secret);
    }

    /** {@code emptyDir: {}}: scratch space that lives as long as the pod. */
    static Volume emptyDir(String name) {
        return new EmptyDir(name, null, false);
    }

    /** {@code emptyDir.sizeLimit}: scratch space of at most {@code sizeLimit}. */
    static Volume emptyDir(String name, String sizeLimit) {
        return new EmptyDir(name, Quantity.of(sizeLimit), false);
    }

    /** {@code emptyDir.medium: Memory}: a tmpfs, counted against the container's memory. */
    static Volume memory(String name, String sizeLimit) {
        return new EmptyDir(name, Quantity.of(sizeLimit), true);
    }

    /** {@code persistentVolumeClaim.claimName}: an existing PersistentVolumeClaim. */
    static Volume persistentVolumeClaim(String name, String claimName) {
        return new FromClaim(name, claimName);
    }

    /**
     * {@code hostPath.path}: a file or directory of the node. Ties the pod to what the node has; restricted pod
     * security forbids it.
     */
    static Volume hostPath(String name, String path) {
        return new HostPath(name, path);
    }

    /**
     * {@code downwardAPI.items[]: {path, fieldRef.fieldPath}}: facts about the pod as files, one per entry of
     * {@code files}, from the file's path to the pod field, e.g. {@code Map.of("labels", "metadata.labels")}.
     */
    static Volume downwardApi(String name, Map<String, String> files) {
        return new DownwardApi(name, files);
    }

    /** A ConfigMap volume. */
    record FromConfigMap(String name, String configMap) implements Volume {
    }

    /** A Secret volume. */
    record FromSecret(String name, String secret) implements Volume {
    }

    /** An emptyDir volume; {@code sizeLimit} may be {@code null}. */
    record EmptyDir(String name, Quantity sizeLimit, boolean inMemory) implements Volume {
    }

    /** A PersistentVolumeClaim volume. */
    record FromClaim(String name, String claimName) implements Volume {
    }

    /** A hostPath volume. */
    record HostPath(String name, String path) implements Volume {
    }

    /** A downwardAPI volume: file path to pod field path, sorted by path. */
    record DownwardApi(String name, Map<String, String> files) implements Volume {
        public DownwardApi {
            Map<String, String> sorted = new TreeMap<>();
            if (files != null) {
                files.forEach((path, field) -> sorted.put(path == null ? "" : path, field));
            }
            files = Collections.unmodifiableMap(sorted);
        }
    }
}
