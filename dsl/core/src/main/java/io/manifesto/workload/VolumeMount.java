package io.manifesto.workload;

/**
 * Where a container sees a volume: an entry of {@code containers[].volumeMounts}.
 *
 * @param volume    {@code name}: a volume of the pod, or a volume claim template of a StatefulSet
 * @param mountPath {@code mountPath}, absolute
 * @param readOnly  {@code readOnly}
 */
public record VolumeMount(String volume, String mountPath, boolean readOnly) {
}
