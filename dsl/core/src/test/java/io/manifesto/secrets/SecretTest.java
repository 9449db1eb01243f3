package io.manifesto.secrets;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.EnvVar;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {

    private static Deployment orders(EnvVar variable) {
        return deployment("orders").container(container("orders").image("shop/orders:1.2.0").env(variable));
    }

    @Test
    void declaresASecretWithoutWritingItAndChecksTheKeysThatAreRead() {
        var credentials = secret("db-credentials", "username", "password");
        var app = application("shop").add(credentials,
                orders(EnvVar.fromSecret("DB_PASSWORD", "db-credentials", "password"))).build();
        assertThat(app.toYaml()).doesNotContain("kind: Secret").contains("name: db-credentials");
        assertThat(app.report().warnings()).isEmpty();

        assertThat(problemsOf(application("shop").add(credentials,
                orders(EnvVar.fromSecret("DB_PASSWORD", "db-credentials", "pasword"))))).containsExactly(
                "error Deployment/orders spec.template.spec.containers[orders].env[DB_PASSWORD].valueFrom"
                        + ".secretKeyRef.key = \"pasword\": Secret/db-credentials has no such key; it has [password,"
                        + " username]. Fix: read a key it has, or add pasword to the Secret's keys."
                        + " [secret.unknown-key]");
    }

    @Test
    void readsAKeyOfADeclaredSecretValueAndChecksIt() {
        var credentials = secret("db-credentials", "username", "password");
        var app = application("shop").add(credentials,
                orders(EnvVar.fromSecret("DB_PASSWORD", credentials, "password"))).build();
        assertThat(app.toYaml()).contains("valueFrom:\n            secretKeyRef:\n              key: password\n"
                + "              name: db-credentials\n");

        assertThat(problemsOf(application("shop").add(credentials,
                orders(EnvVar.fromSecret("DB_PASSWORD", credentials, "pasword"))))).containsExactly(
                "error Deployment/orders spec.template.spec.containers[orders].env[DB_PASSWORD].valueFrom"
                        + ".secretKeyRef.key = \"pasword\": Secret/db-credentials has no such key; it has [password,"
                        + " username]. Fix: read a key it has, or add pasword to the Secret's keys."
                        + " [secret.unknown-key]");
        // a null Secret is input.null naming the factory, once (not also an invalid empty name)
        assertThat(problemsOf(application("shop").add(orders(EnvVar.fromSecret("DB_PASSWORD", (Secret) null,
                "password"))))).containsExactly("error Deployment/orders spec.template.spec.containers[orders]"
                + ".env[DB_PASSWORD].valueFrom.secretKeyRef.name = \"<none>\": null was passed to fromSecret(...)."
                + " Fix: pass a value, or leave the call out. [input.null]");
    }

    @Test
    void warnsThatALiteralValueIsInTheManifestsUntilSuppressedWithAReason() {
        var demo = secret("demo").literal("password", "not-a-real-one");
        var report = application("shop").add(demo).build().report();
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "warning Secret/demo stringData = \"password\": the values of these keys are in the manifests, and so"
                        + " in git. Fix: declare the Secret with secret(\"demo\", keys...) and supply the values at"
                        + " deploy time, or suppress this warning with the reason. [secret.in-manifests]");
        var accepted = application("shop").add(demo).suppress("secret.in-manifests", "Secret/demo",
                "a local demo value, not a credential").build();
        assertThat(accepted.report().warnings()).isEmpty();
        assertThat(accepted.toYaml()).contains("stringData:\n  password: not-a-real-one\n");
    }

    @Test
    void rejectsAnImagePullSecretThatHoldsNoRegistryCredentials() {
        var shop = deployment("web").container(container("web").image("myregistry.azurecr.io/web:1.0.0"))
                .imagePullSecret("acr");
        assertThat(problemsOf(application("shop").add(secret("acr", "token"), shop))).containsExactly(
                "error Deployment/web spec.template.spec.imagePullSecrets[acr].name = \"acr\": Secret/acr is of type"
                        + " Opaque, which holds no registry credentials the kubelet reads. Fix: declare it with"
                        + " registrySecret(\"acr\"). [secret.pull-type]");
        assertThat(application("shop").add(registrySecret("acr"), shop).build().report().warnings()).isEmpty();
    }

    @Test
    void checksYamlSecretsForValuesInGitAndTheKeysOfTheirType() {
        var report = Lint.yaml("tls.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: shop-tls}
                type: kubernetes.io/tls
                data:
                  tls.crt: LS0tLS1CRUdJTi...
                """);
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "tls.yaml:5: error Secret/shop-tls data = \"tls.crt\": a kubernetes.io/tls Secret needs [tls.key] and"
                        + " has none of it. Fix: add tls.key. [secret.shape]",
                "tls.yaml:5: warning Secret/shop-tls data = \"tls.crt\": the values of these keys are in the"
                        + " manifests, and so in git. Fix: create the Secret at deploy time (kubectl create secret,"
                        + " External Secrets, the Secrets Store CSI driver) and keep it out of git, or suppress this"
                        + " warning with the reason. [secret.in-manifests]");
    }
}
