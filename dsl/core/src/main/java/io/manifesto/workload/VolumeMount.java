package io.manifesto.workload;

import io.manifesto.validate.Nulls;

/**
 * Where a container sees a volume: an entry of {@code containers[].volumeMounts}. Made with
 * {@link #of(String, String)} and passed to {@link Container#mount(VolumeMount)}, e.g.
 * {@code mount(VolumeMount.of("conf", "/etc/nginx/nginx.conf").subPath("nginx.conf").asReadOnly())}.
 *
 * @param volume      {@code name}: a volume of the pod, or a volume claim template of a StatefulSet
 * @param mountPath   {@code mountPath}, absolute
 * @param readOnly    {@code readOnly}
 * @param subPath     {@code subPath}: the file or directory of the volume mounted, relative; {@code null} for the
 *                    whole volume
 * @param subPathExpr {@code subPathExpr}: a subPath with {@code $(VAR)} references to the container's env;
 *                    {@code null} for none
 * @param missing     the {@code null}s passed to this mount's methods, reported by its container
 */
public record VolumeMount(String volume, String mountPath, boolean readOnly, String subPath, String subPathExpr,
                          Nulls missing) {

    /** A mount of the whole volume, e.g. {@code new VolumeMount("data", "/data", false)}. */
    public VolumeMount(String volume, String mountPath, boolean readOnly) {
        this(volume, mountPath, readOnly, null, null, Nulls.NONE);
    }

    /** The volume {@code volume} mounted at {@code mountPath}, writable. */
    public static VolumeMount of(String volume, String mountPath) {
        return new VolumeMount(volume, mountPath, false);
    }

    /** This mount with {@code readOnly: true}. */
    public VolumeMount asReadOnly() {
        return new VolumeMount(volume, mountPath, true, subPath, subPathExpr, missing);
    }

    /**
     * This mount showing only {@code path} of the volume ({@code subPath}), e.g. one key of a ConfigMap as one
     * file. A file mounted this way is copied once: it does not receive later updates of its ConfigMap or Secret.
     */
    public VolumeMount subPath(String path) {
        return new VolumeMount(volume, mountPath, readOnly, path, subPathExpr,
                missing.remember(path, "volumeMounts[" + volume + "].subPath", "subPath(...)"));
    }

    /**
     * This mount showing the part of the volume that {@code expression} names after expanding the container's
     * {@code $(VAR)} env references ({@code subPathExpr}), e.g. {@code "$(POD_NAME)"}.
     */
    public VolumeMount subPathExpr(String expression) {
        return new VolumeMount(volume, mountPath, readOnly, subPath, expression,
                missing.remember(expression, "volumeMounts[" + volume + "].subPathExpr", "subPathExpr(...)"));
    }
}
