package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The environment of containers in manifests the DSL did not make, with fixes in manifest terms. */
class EnvObjectRulesTest {

    @Test
    void rejectsEnvNamesAndReferencesKubernetesRejects() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    env:
                    - {name: 1ST, value: a}
                    - name: PASSWORD
                      valueFrom: {secretKeyRef: {name: DB, key: "pass word"}}
                    - name: NODE
                      valueFrom: {fieldRef: {fieldPath: spec.node}}
                """)).containsExactly(
                "pod.yaml:9: error Pod/web spec.containers[web].env[1ST].name = \"1ST\": is not a valid environment"
                        + " variable name: letters, digits, '-', '_' and '.', not starting with a digit. Fix: use a"
                        + " name such as \"LOG_LEVEL\". [env.name]",
                "pod.yaml:11: error Pod/web spec.containers[web].env[PASSWORD].valueFrom.secretKeyRef.name = \"DB\":"
                        + " must be a DNS-1123 subdomain: at most 253 characters of lower-case letters, digits, '-'"
                        + " and '.', starting and ending with a letter or digit. Fix: use a name such as \"db\"."
                        + " [name.dns1123-subdomain]",
                "pod.yaml:11: error Pod/web spec.containers[web].env[PASSWORD].valueFrom.secretKeyRef.key ="
                        + " \"pass word\": is not a valid ConfigMap or Secret key: at most 253 characters of letters,"
                        + " digits, '-', '_' and '.'. Fix: rename the key, e.g. \"pass-word\". [data.key]",
                "pod.yaml:13: error Pod/web spec.containers[web].env[NODE].valueFrom.fieldRef.fieldPath ="
                        + " \"spec.node\": is not a pod field an environment variable can read. Fix: use one of"
                        + " metadata.name, metadata.namespace, metadata.uid, metadata.labels['<key>'],"
                        + " metadata.annotations['<key>'], spec.nodeName, spec.serviceAccountName, status.hostIP,"
                        + " status.hostIPs, status.podIP, status.podIPs. [env.field-path]");
    }

    @Test
    void rejectsAKeyTheConfigMapOfTheManifestsLacksUnlessOptional() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {level: debug, mode: fast}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    env:
                    - name: LEVEL
                      valueFrom: {configMapKeyRef: {name: settings, key: lvl}}
                    - name: COLOR
                      valueFrom: {configMapKeyRef: {name: settings, key: color, optional: true}}
                    - name: OTHER
                      valueFrom: {configMapKeyRef: {name: elsewhere, key: any}}
                """)).containsExactly(
                "pod.yaml:15: error Pod/web spec.containers[web].env[LEVEL].valueFrom.configMapKeyRef.key = \"lvl\":"
                        + " ConfigMap/settings among the manifests has no such key; it has [level, mode]. Fix: add"
                        + " the key lvl to the data of ConfigMap/settings, or read a key it has."
                        + " [env.unknown-configmap-key]");
    }

    @Test
    void warnsOfAVariableSetTwice() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    env: [{name: A, value: "1"}, {name: A, value: "2"}]
                """)).containsExactly(
                "pod.yaml:8: warning Pod/web spec.containers[web].env[A] = \"A\": the container sets this variable"
                        + " more than once, and only the last entry counts. Fix: keep one entry for A."
                        + " [env.duplicate-name]");
    }

    @Test
    void checksEnvFromPrefixesAndTheKeysOfTheManifestsConfigMaps() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {"1st": a, level: debug}
                binaryData: {"2nd": AA==}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0
                    envFrom:
                    - configMapRef: {name: settings}
                    - prefix: "9"
                      secretRef: {name: elsewhere}
                """)).containsExactly(
                "pod.yaml:14: error Pod/web spec.containers[web].envFrom[elsewhere].prefix = \"9\": is not a valid"
                        + " environment variable name, and every variable is named prefix + key. Fix: use a prefix"
                        + " of letters, digits and '_' that starts with a letter, e.g. \"APP_\". [env.from-prefix]",
                "pod.yaml:14: warning Pod/web spec.containers[web].envFrom[settings] = \"1st\": ConfigMap/settings"
                        + " among the manifests has keys that make no valid environment variable name, and the"
                        + " kubelet skips them. Fix: rename the keys, or set a prefix that starts with a letter,"
                        + " e.g. prefix: APP_, or read them with env[].valueFrom under valid names."
                        + " [env.from-invalid-key]");
    }
}
