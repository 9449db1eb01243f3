package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Volumes and mounts of manifests the DSL did not make, with fixes in manifest terms. */
class VolumeObjectRulesTest {

    @Test
    void rejectsMountsOfUnknownVolumesAtRelativeOrRepeatedPaths() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  volumes: [{name: data, emptyDir: {}}]
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    volumeMounts: [{name: data, mountPath: /data}, {name: cache, mountPath: /data}, {name: data, mountPath: tmp}]
                """)).containsExactly(
                "pod.yaml:9: error Pod/web spec.containers[web].volumeMounts[cache].mountPath = \"/data\": another"
                        + " mount of this container uses the same path, and the API server rejects that. Fix: mount"
                        + " each volume at its own path. [volume.duplicate-mount-path]",
                "pod.yaml:9: error Pod/web spec.containers[web].volumeMounts[cache].name = \"cache\": the pod has no"
                        + " volume of this name; it has [data]. Fix: add a volume of this name to spec.volumes of"
                        + " Pod/web, or mount one it has. [volume.unknown]",
                "pod.yaml:9: error Pod/web spec.containers[web].volumeMounts[data].mountPath = \"tmp\": a mount path"
                        + " must be absolute. Fix: start it with '/', e.g. \"/data\". [volume.mount-path]");
    }

    @Test
    void acceptsAMountOfAStatefulSetsClaimTemplate() {
        assertThat(PodYaml.problems("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers:
                      - name: db
                        image: postgres:16.4
                        volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]
                  volumeClaimTemplates: [{metadata: {name: data}}]
                """)).noneMatch(problem -> problem.contains("[volume."));
    }

    @Test
    void rejectsVolumesKubernetesCannotMount() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers: [{name: web, image: "nginx:1.27.0"}]
                  volumes:
                  - {name: Logs, hostPath: {path: var/log}}
                  - {name: cache, emptyDir: {sizeLimit: 1g}}
                  - {name: cache, secret: {secretName: TLS_Secret}}
                  - name: info
                    downwardAPI: {items: [{path: ../up, fieldRef: {fieldPath: spec.nodeName}}]}
                """)).containsExactly(
                "pod.yaml:7: error Pod/web spec.volumes[Logs].name = \"Logs\": must be a DNS-1123 label: at most 63"
                        + " characters of lower-case letters, digits and '-', starting and ending with a letter or"
                        + " digit. Fix: use a name such as \"logs\". [name.dns1123-label]",
                "pod.yaml:7: error Pod/web spec.volumes[Logs].hostPath.path = \"var/log\": a hostPath volume needs an"
                        + " absolute path on the node. Fix: start it with '/', e.g. \"/var/log\". [volume.host-path]",
                "pod.yaml:8: error Pod/web spec.volumes[cache].emptyDir.sizeLimit = \"1g\": is not a Kubernetes"
                        + " quantity: a number with an optional suffix (n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti,"
                        + " Pi, Ei, or e<n>). Fix: write it like \"1Gi\". [quantity.format]",
                // a field path names a volume by its name, so the file position is the first volume of that name
                "pod.yaml:8: error Pod/web spec.volumes[cache].name = \"cache\": two volumes of the pod share this"
                        + " name. Fix: rename one of them. [volume.duplicate-name]",
                "pod.yaml:9: error Pod/web spec.volumes[cache].secret.secretName = \"TLS_Secret\": must be a DNS-1123"
                        + " subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', starting"
                        + " and ending with a letter or digit. Fix: use a name such as \"tls-secret\"."
                        + " [name.dns1123-subdomain]",
                "pod.yaml:11: error Pod/web spec.volumes[info].downwardAPI.items[../up].path = \"../up\": a file path"
                        + " must stay inside the volume: no '..' element, and no '..' at its start, which the kubelet"
                        + " keeps for its own files. Fix: use a path inside the volume, e.g. \"labels\" or"
                        + " \"pod/labels\". [volume.downward-api]",
                "pod.yaml:11: error Pod/web spec.volumes[info].downwardAPI.items[../up].fieldRef.fieldPath ="
                        + " \"spec.nodeName\": is not a pod field a downwardAPI volume can show. Fix: use one of"
                        + " metadata.name, metadata.namespace, metadata.uid, metadata.labels, metadata.annotations,"
                        + " metadata.labels['<key>'], metadata.annotations['<key>']; read the node name, the service"
                        + " account or the IPs into an env var's valueFrom.fieldRef. [volume.downward-api-field]");
    }

    @Test
    void checksSubPathsAndWarnsThatASecretFileMountedWithOneIsNotUpdated() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    volumeMounts:
                    - {name: tls, mountPath: /etc/tls/tls.crt, subPath: tls.crt}
                    - {name: data, mountPath: /data, subPath: /var/data}
                    - {name: logs, mountPath: /logs, subPath: a, subPathExpr: $(POD_NAME)}
                  volumes:
                  - {name: tls, secret: {secretName: tls}}
                  - {name: data, emptyDir: {}}
                  - {name: logs, emptyDir: {}}
                """)).containsExactly(
                "pod.yaml:9: warning Pod/web spec.containers[web].volumeMounts[tls].subPath = \"tls.crt\": volume tls"
                        + " is updated in place by the kubelet, but a file mounted with a subPath keeps its first"
                        + " content: changes reach the container only when it restarts. Fix: mount the whole volume at"
                        + " a directory (items: can pick the keys), restart the pods on a change, or suppress this"
                        + " warning with the reason. [volume.sub-path-no-updates]",
                "pod.yaml:10: error Pod/web spec.containers[web].volumeMounts[data].subPath = \"/var/data\": must be"
                        + " a path inside the volume: relative, with no '..' element. Fix: name a file or directory of"
                        + " the volume, e.g. \"nginx.conf\" or \"site/conf\". [volume.sub-path]",
                "pod.yaml:11: error Pod/web spec.containers[web].volumeMounts[logs].subPathExpr = \"$(POD_NAME)\": a"
                        + " mount has subPath or subPathExpr, not both. Fix: keep one of subPath and subPathExpr."
                        + " [volume.sub-path]");
    }
}
