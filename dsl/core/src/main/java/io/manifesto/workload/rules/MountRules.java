package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A container's volume mounts: of volumes the pod has, at absolute paths, each path once, with a subPath inside the
 * volume.
 */
public final class MountRules implements RuleSet {

    /** Two mounts of one container at one path. */
    public static final RuleInfo DUPLICATE_MOUNT_PATH = RuleInfo.error("volume.duplicate-mount-path",
            "a container mounts each path once", "the API server rejects two mounts of one container at one path");
    /** A mount of a volume the pod does not have. */
    public static final RuleInfo UNKNOWN_VOLUME = RuleInfo.error("volume.unknown",
            "a mount names a volume of its pod (or a StatefulSet's claim template)",
            "the API server rejects a mount of a volume the pod does not define");
    /** A mount path that is not absolute. */
    public static final RuleInfo MOUNT_PATH = RuleInfo.error("volume.mount-path", "a mount path is absolute",
            "the API server rejects a relative mountPath");

    /** A subPath that leaves the volume, or both subPath and subPathExpr. */
    public static final RuleInfo SUB_PATH = RuleInfo.error("volume.sub-path",
            "a mount's subPath (or subPathExpr, not both) is a relative path without '..'",
            "the API server rejects an absolute subPath, a '..' element, which would leave the volume, and a mount"
                    + " with both subPath and subPathExpr");
    /** A subPath mount of a volume whose files Kubernetes updates. */
    public static final RuleInfo SUB_PATH_NO_UPDATES = RuleInfo.warning("volume.sub-path-no-updates",
            "a subPath mount of a ConfigMap, Secret, projected or downwardAPI volume is not expected to change",
            "the kubelet updates such volumes by swapping a symlink, and a subPath mount holds the file it found at"
                    + " start: later changes never reach the container until it restarts");

    @Override
    public List<RuleInfo> rules() {
        return List.of(DUPLICATE_MOUNT_PATH, UNKNOWN_VOLUME, MOUNT_PATH, SUB_PATH, SUB_PATH_NO_UPDATES);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodContainers.forEach(set, findings, visit -> {
            List<VolumeMount> mounts = visit.container().getVolumeMounts();
            if (mounts == null || mounts.isEmpty()) {
                return;
            }
            List<String> mountable = mountable(visit.resource().object(), visit.pod().spec().getVolumes());
            Set<String> updated = updatedVolumes(visit.pod().spec().getVolumes());
            Set<String> paths = new HashSet<>();
            for (int i = 0; i < mounts.size(); i++) {
                VolumeMount mount = mounts.get(i);
                if (mount == null) {
                    continue;
                }
                String path = mount.getMountPath();
                String field = "volumeMounts[" + (mount.getName() == null ? String.valueOf(i) : mount.getName()) + "]";
                if (path != null && !paths.add(path)) {
                    visit.scope().report(DUPLICATE_MOUNT_PATH, field + ".mountPath", path,
                            "another mount of this container uses the same path, and the API server rejects that",
                            Fix.of("mount each volume at its own path"));
                }
                if (!mountable.contains(mount.getName())) {
                    visit.scope().report(UNKNOWN_VOLUME, field + ".name", mount.getName(),
                            "the pod has no volume of this name; it has " + mountable,
                            Fix.of("add .volume(...) with this name to " + visit.resource() + ", or mount one it has",
                                    "add a volume of this name to " + visit.pod().specPath() + ".volumes of "
                                            + visit.resource() + ", or mount one it has"));
                }
                if (path == null || !path.startsWith("/")) {
                    visit.scope().report(MOUNT_PATH, field + ".mountPath", path, "a mount path must be absolute",
                            Fix.of("start it with '/', e.g. \"/data\""));
                }
                checkSubPath(visit.scope(), field, mount, updated);
            }
        });
    }

    private static void checkSubPath(Findings.On scope, String field, VolumeMount mount, Set<String> updated) {
        String subPath = mount.getSubPath() == null || mount.getSubPath().isEmpty() ? null : mount.getSubPath();
        String expression = mount.getSubPathExpr() == null || mount.getSubPathExpr().isEmpty() ? null
                : mount.getSubPathExpr();
        if (subPath != null && expression != null) {
            scope.report(SUB_PATH, field + ".subPathExpr", expression, "a mount has subPath or subPathExpr, not both",
                    Fix.of("keep one of .subPath(...) and .subPathExpr(...)", "keep one of subPath and subPathExpr"));
        }
        String kind = subPath != null ? "subPath" : "subPathExpr";
        String value = subPath != null ? subPath : expression;
        if (value == null) {
            return;
        }
        if (value.startsWith("/") || Arrays.asList(value.split("/")).contains("..")) {
            scope.report(SUB_PATH, field + "." + kind, value,
                    "must be a path inside the volume: relative, with no '..' element",
                    Fix.of("name a file or directory of the volume, e.g. \"nginx.conf\" or \"site/conf\""));
        } else if (updated.contains(mount.getName())) {
            scope.report(SUB_PATH_NO_UPDATES, field + "." + kind, value,
                    "volume " + mount.getName() + " is updated in place by the kubelet, but a file mounted with a"
                            + " subPath keeps its first content: changes reach the container only when it restarts",
                    Fix.of("mount the whole volume at a directory and read the file from there, restart the pods"
                                    + " on a change, or suppress this warning with the reason",
                            "mount the whole volume at a directory (items: can pick the keys), restart the pods on"
                                    + " a change, or suppress this warning with the reason"));
        }
    }

    /** The volumes whose files the kubelet updates while the pod runs: ConfigMap, Secret, projected, downwardAPI. */
    private static Set<String> updatedVolumes(List<Volume> volumes) {
        Set<String> names = new HashSet<>();
        if (volumes != null) {
            for (Volume volume : volumes) {
                if (volume != null && (volume.getConfigMap() != null || volume.getSecret() != null
                        || volume.getProjected() != null || volume.getDownwardAPI() != null)) {
                    names.add(volume.getName());
                }
            }
        }
        return names;
    }

    /** The names a mount may use: the pod's volumes, then a StatefulSet's claim templates. */
    private static List<String> mountable(HasMetadata object, List<Volume> volumes) {
        List<String> names = new ArrayList<>(PodContainers.names(volumes, Volume::getName));
        if (object instanceof StatefulSet statefulSet && statefulSet.getSpec().getVolumeClaimTemplates() != null) {
            statefulSet.getSpec().getVolumeClaimTemplates().stream()
                    .filter(claim -> claim != null && claim.getMetadata() != null)
                    .map(PersistentVolumeClaim::getMetadata).forEach(meta -> names.add(meta.getName()));
        }
        return names;
    }
}
