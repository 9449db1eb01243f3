package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.configMap;
import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.secret;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.warnings;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code envFrom}: every key of a ConfigMap or Secret as variables, checked against the application's. */
class EnvFromTest {

    private static Container web() {
        return container("web").image("registry/web:1.0").port("http", 8080);
    }

    @Test
    void rendersConfigMapAndSecretSourcesWithPrefixAndOptional() {
        var settings = configMap("settings").entry("LOG_LEVEL", "info");
        var db = secret("db", "USER", "PASSWORD");
        assertThat(yaml(settings, db, deployment("web").container(web()
                .envFrom(EnvFrom.configMap(settings))
                .envFrom(EnvFrom.secret(db).prefix("DB_").optional())))).contains("""
                      - envFrom:
                        - configMapRef:
                            name: settings
                        - prefix: DB_
                          secretRef:
                            name: db
                            optional: true
                        image: registry/web:1.0
                """);
    }

    @Test
    void rejectsAPrefixThatIsNoVariableName() {
        assertThat(problems(deployment("web").container(web().envFrom(EnvFrom.configMap("platform")
                .prefix("1-app"))))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].envFrom[platform].prefix = \"1-app\": is"
                        + " not a valid environment variable name, and every variable is named prefix + key. Fix:"
                        + " use a prefix of letters, digits and '_' that starts with a letter, e.g. \"APP_\"."
                        + " [env.from-prefix]");
    }

    @Test
    void warnsOfKeysOfTheApplicationsSecretThatMakeNoVariableName() {
        var keys = secret("keys", "1st", "2nd", "API_KEY");
        assertThat(warnings(keys, deployment("web").container(web().envFrom(EnvFrom.secret(keys))))).containsExactly(
                "warning Deployment/web spec.template.spec.containers[web].envFrom[keys] = \"1st, 2nd\": Secret/keys"
                        + " of this application has keys that make no valid environment variable name, and the"
                        + " kubelet skips them. Fix: rename the keys, or give a prefix that starts with a letter,"
                        + " e.g. .prefix(\"APP_\"), or read them with env(EnvVar...) under valid names."
                        + " [env.from-invalid-key]");
    }

    @Test
    void aPrefixThatStartsWithALetterMakesEveryKeyAName() {
        var keys = configMap("keys").entry("1st", "a");
        assertThat(warnings(keys, deployment("web").container(web().envFrom(EnvFrom.configMap(keys)
                .prefix("K_"))))).isEmpty();
    }

    @Test
    void aNullPrefixIsReportedNamingTheMethod() {
        assertThat(problems(deployment("web").container(web().envFrom(EnvFrom.configMap("platform")
                .prefix(null))))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].envFrom[platform].prefix = \"<none>\": null"
                        + " was passed to prefix(...). Fix: pass a value, or leave the call out. [input.null]");
    }

    @Test
    void rejectsAConfigMapOrSecretValueTheApplicationLacksUnlessOptional() {
        var settings = configMap("settings").entry("LOG_LEVEL", "info");
        var db = secret("db", "PASSWORD");
        assertThat(problems(deployment("web").container(web().envFrom(EnvFrom.configMap(settings))
                .envFrom(EnvFrom.secret(db)).envFrom(EnvFrom.secret(secret("extra", "A")).optional()))))
                .containsExactly(
                        "error Deployment/web spec.template.spec.containers[web].envFrom[settings] = \"settings\":"
                                + " ConfigMap/settings was given as a value but the application does not contain it,"
                                + " so nothing creates it and the container does not start"
                                + " (CreateContainerConfigError). Fix: add it to the application with .add(...), or"
                                + " name one made elsewhere with EnvFrom.configMap(\"settings\"). [env.from-missing]",
                        "error Deployment/web spec.template.spec.containers[web].envFrom[db] = \"db\": Secret/db was"
                                + " given as a value but the application does not contain it, so nothing creates it"
                                + " and the container does not start (CreateContainerConfigError). Fix: add it to the"
                                + " application with .add(...), or name one made elsewhere with"
                                + " EnvFrom.secret(\"db\"). [env.from-missing]");
    }
}
