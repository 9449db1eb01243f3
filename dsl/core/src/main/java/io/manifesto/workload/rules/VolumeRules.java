package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.DownwardAPIVolumeFile;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A pod's volumes: names Kubernetes accepts, each once, references it can resolve, and sources it can mount. */
public final class VolumeRules implements RuleSet {

    /** Two volumes of a pod with one name. */
    public static final RuleInfo DUPLICATE = RuleInfo.error("volume.duplicate-name",
            "the volumes of a pod (and a StatefulSet's claim templates) have distinct names",
            "the API server rejects a pod with two volumes of one name");
    /** A hostPath volume whose path is not absolute. */
    public static final RuleInfo HOST_PATH = RuleInfo.error("volume.host-path", "a hostPath volume's path is absolute",
            "the kubelet cannot mount a relative path of the node");
    /** A downwardAPI volume without files, a file without path or field, or a path leaving the volume. */
    public static final RuleInfo DOWNWARD_API = RuleInfo.error("volume.downward-api",
            "a downwardAPI volume shows at least one file, each at a relative path inside the volume",
            "the API server rejects items without path or field, absolute paths and '..' elements; no items mounts"
                    + " an empty directory");
    /** A downwardAPI volume file showing a field such a volume does not offer. */
    public static final RuleInfo DOWNWARD_API_FIELD = RuleInfo.error("volume.downward-api-field",
            "a downwardAPI volume file shows a pod field such a volume offers",
            "the API server rejects any other fieldRef in a volume (the node name and IPs only go to env vars)");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.DNS1123_LABEL, DUPLICATE, NameChecks.DNS1123_SUBDOMAIN, ResourceRules.QUANTITY_FORMAT,
                HOST_PATH, DOWNWARD_API, DOWNWARD_API_FIELD);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource workload : set.workloads()) {
            PodTemplate pod = set.pods(workload).orElseThrow();
            List<Volume> volumes = pod.spec().getVolumes();
            if (volumes == null) {
                continue;
            }
            Findings.On podSpec = findings.on(workload).field(pod.specPath());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < volumes.size(); i++) {
                Volume volume = volumes.get(i);
                if (volume != null) {
                    check(podSpec, "volumes[" + (volume.getName() == null ? String.valueOf(i) : volume.getName())
                            + "]", volume, seen);
                }
            }
        }
    }

    private static void check(Findings.On podSpec, String field, Volume volume, Set<String> seen) {
        Names.checkDns1123Label(podSpec, field + ".name", volume.getName());
        if (volume.getName() != null && !seen.add(volume.getName())) {
            podSpec.report(DUPLICATE, field + ".name", volume.getName(), "two volumes of the pod share this name",
                    Fix.of("rename one of them"));
        }
        if (volume.getConfigMap() != null) {
            Names.checkDns1123Subdomain(podSpec, field + ".configMap.name", volume.getConfigMap().getName());
        } else if (volume.getSecret() != null) {
            Names.checkDns1123Subdomain(podSpec, field + ".secret.secretName", volume.getSecret().getSecretName());
        } else if (volume.getPersistentVolumeClaim() != null) {
            Names.checkDns1123Subdomain(podSpec, field + ".persistentVolumeClaim.claimName",
                    volume.getPersistentVolumeClaim().getClaimName());
        } else if (volume.getEmptyDir() != null && volume.getEmptyDir().getSizeLimit() != null) {
            Quantities.text(volume.getEmptyDir().getSizeLimit()).check(podSpec, field + ".emptyDir.sizeLimit", "1Gi");
        } else if (volume.getHostPath() != null) {
            String path = volume.getHostPath().getPath();
            if (path == null || !path.startsWith("/")) {
                podSpec.report(HOST_PATH, field + ".hostPath.path", path,
                        "a hostPath volume needs an absolute path on the node",
                        Fix.of("start it with '/', e.g. \"/var/log\""));
            }
        } else if (volume.getDownwardAPI() != null) {
            checkDownwardApi(podSpec, field, volume.getDownwardAPI());
        }
    }

    private static void checkDownwardApi(Findings.On podSpec, String field, DownwardAPIVolumeSource volume) {
        List<DownwardAPIVolumeFile> items = volume.getItems() == null ? List.of() : volume.getItems();
        if (items.isEmpty()) {
            podSpec.report(DOWNWARD_API, field + ".downwardAPI.items", null,
                    "a downwardAPI volume without files mounts an empty directory",
                    Fix.of("name at least one file, e.g. Map.of(\"labels\", \"metadata.labels\")",
                            "add an item, e.g. {path: labels, fieldRef: {fieldPath: metadata.labels}}"));
        }
        for (int i = 0; i < items.size(); i++) {
            DownwardAPIVolumeFile file = items.get(i);
            if (file == null || file.getResourceFieldRef() != null && file.getFieldRef() == null) {
                continue; // a container's requests or limits: not a pod field
            }
            String path = file.getPath() == null ? "" : file.getPath();
            String fieldPath = file.getFieldRef() == null ? null : file.getFieldRef().getFieldPath();
            String item = field + ".downwardAPI.items[" + (file.getPath() == null ? String.valueOf(i) : path) + "]";
            if (path.isBlank() || path.startsWith("/") || fieldPath == null || fieldPath.isBlank()) {
                podSpec.report(DOWNWARD_API, item, fieldPath,
                        "each file needs a relative path and the pod field it shows",
                        Fix.of("write it like Map.of(\"labels\", \"metadata.labels\")",
                                "write it like {path: labels, fieldRef: {fieldPath: metadata.labels}}"));
                continue;
            }
            // the kubelet writes its own entries (..data, ..2024_01_01...) beside the files: names starting ".." are
            // reserved, and ".." elements would leave the volume
            if (path.startsWith("..") || Arrays.asList(path.split("/")).contains("..")) {
                podSpec.report(DOWNWARD_API, item + ".path", path,
                        "a file path must stay inside the volume: no '..' element, and no '..' at its start, which"
                                + " the kubelet keeps for its own files",
                        Fix.of("use a path inside the volume, e.g. \"labels\" or \"pod/labels\""));
            }
            if (!PodFields.forVolume(fieldPath)) {
                podSpec.report(DOWNWARD_API_FIELD, item + ".fieldRef.fieldPath", fieldPath,
                        "is not a pod field a downwardAPI volume can show",
                        Fix.of("use one of " + PodFields.volumeChoices() + "; read the node name, the service account"
                                        + " or the IPs into an env var with EnvVar.fromField(...)",
                                "use one of " + PodFields.volumeChoices() + "; read the node name, the service"
                                        + " account or the IPs into an env var's valueFrom.fieldRef"));
            }
        }
    }
}
