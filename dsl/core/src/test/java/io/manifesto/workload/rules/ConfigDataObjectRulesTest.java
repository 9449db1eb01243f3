package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.application;
import static org.assertj.core.api.Assertions.assertThat;

/** ConfigMap and Secret keys, and ConfigMap and Secret sizes, of manifests the DSL did not make. */
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

    @Test
    void rejectsAKeyInDataAndBinaryDataAndAConfigMapAboveOneMebibyte() {
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: web}
                data: {logo.png: x}
                binaryData: {logo.png: /w==}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: big}
                data: {big.txt: %s}
                """.formatted("x".repeat(1024 * 1024 + 1)))).containsExactly(
                "pod.yaml:5: error ConfigMap/web binaryData[logo.png] = \"logo.png\": the key is also in data, and"
                        + " the API server rejects a key in both. Fix: keep the key in data or in binaryData, not"
                        + " both. [configmap.duplicate-key]",
                "pod.yaml:10: error ConfigMap/big data = \"1048577 bytes\": the values of data and binaryData take"
                        + " 1048577 bytes, and the API server accepts at most 1048576 (1 MiB). Fix: split the data"
                        + " into several ConfigMaps, or ship large files in the image or a volume."
                        + " [configmap.too-large]");
    }

    @Test
    void rejectsASecretAboveOneMebibyteCountingDataDecodedAndStringData() {
        String data = "QUJD".repeat(200_000);
        String text = "x".repeat(500_000);
        assertThat(PodYaml.problems("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: big
                  annotations: {manifesto.io/suppress.secret.in-manifests: "a test of sizes, not a real secret"}
                data: {cert.pem: %s}
                stringData: {key.pem: %s}
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: replaced
                  annotations: {manifesto.io/suppress.secret.in-manifests: "a test of sizes, not a real secret"}
                data: {cert.pem: %s, key.pem: %s}
                stringData: {cert.pem: x}
                """.formatted(data, text, data, data))).containsExactly(
                "pod.yaml:6: error Secret/big data = \"1100000 bytes\": the values of data (decoded) and "
                        + "stringData take 1100000 bytes, and the API server accepts at most 1048576 (1 MiB). Fix: "
                        + "split the values into several Secrets, or mount large files from a volume such as the "
                        + "Secrets Store CSI driver's. [secret.too-large]");
    }

    @Test
    void rejectsARawSecretAboveOneMebibyte() {
        var raw = new SecretBuilder().withNewMetadata().withName("big").endMetadata()
                .addToStringData("blob", "x".repeat(1024 * 1024 + 1)).build();
        assertThat(problemsOf(application("shop").add(raw).suppress("secret.in-manifests", "a test of sizes")))
                .containsExactly(
                "error Secret/big stringData = \"1048577 bytes\": the values of data (decoded) and "
                        + "stringData take 1048577 bytes, and the API server accepts at most 1048576 (1 MiB). Fix: "
                        + "split the values into several Secrets, or mount large files from a volume such as the "
                        + "Secrets Store CSI driver's. [secret.too-large]");
    }
}
