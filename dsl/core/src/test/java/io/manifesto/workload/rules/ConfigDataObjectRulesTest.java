package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ConfigMap and Secret keys of manifests the DSL did not make. */
class ConfigDataObjectRulesTest {

    @Test
    void rejectsConfigMapAndSecretKeysKubernetesRejects() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {"log level": debug}
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                  annotations: {manifesto.io/suppress.secret.in-manifests: "a test of key names, not a real secret"}
                stringData: {"pass/word": x}
                """)).containsExactly(
                "pod.yaml:4: error ConfigMap/settings data = \"log level\": is not a valid ConfigMap or Secret key: at"
                        + " most 253 characters of letters, digits, '-', '_' and '.'. Fix: rename the key, e.g."
                        + " \"log-level\". [data.key]",
                "pod.yaml:11: error Secret/db stringData = \"pass/word\": is not a valid ConfigMap or Secret key: at"
                        + " most 253 characters of letters, digits, '-', '_' and '.'. Fix: rename the key, e.g."
                        + " \"pass-word\". [data.key]");
    }
}
