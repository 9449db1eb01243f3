package io.manifesto.environment;

import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An environment is a typed value a definition reads; a value written wrong names the environment and the fix. */
class EnvironmentTest {

    private static final Environment STAGING = Environment.named("staging")
            .namespace("shop-staging")
            .host("web", "staging.shop.example.com")
            .replicas(2, 4)
            .imageTag("myregistry.azurecr.io/web", "2.2.0-rc.1")
            .without("disruption-budget");

    private static String error(Executable call) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call::execute);
        return e.problems().stream().map(Problem::toString).findFirst().orElseThrow();
    }

    @Test
    void readsWhatTheDefinitionAsksFor() {
        assertThat(STAGING.namespace()).contains("shop-staging");
        assertThat(STAGING.host("web")).isEqualTo("staging.shop.example.com");
        assertThat(STAGING.replicas()).isEqualTo(new ReplicaBounds(2, 4));
        assertThat(STAGING.image("myregistry.azurecr.io/web", "2.1.0")).isEqualTo("myregistry.azurecr.io/web:2.2.0-rc.1");
        assertThat(STAGING.image("myregistry.azurecr.io/orders", "1.4.0"))
                .isEqualTo("myregistry.azurecr.io/orders:1.4.0");
        assertThat(STAGING.has("disruption-budget")).isFalse();
        assertThat(STAGING.has("autoscaling")).isTrue();
    }

    @Test
    void runsOneFixedReplicaUnlessTold() {
        assertThat(Environment.named("dev").replicas()).isEqualTo(new ReplicaBounds(1, 1));
        assertThat(Environment.named("dev").replicas().fixed()).isTrue();
    }

    @Test
    void isKnownByItsNameAsTheBuildIntegrationFindsIt() {
        assertThat(STAGING).isEqualTo(Environment.named("staging")).hasToString("Environment/staging");
        assertThat(Environment.DEFAULT.name()).isEqualTo("default");
    }

    @Test
    void namesTheHostsItHasWhenAskedForAnother() {
        assertThat(error(() -> STAGING.host("api"))).isEqualTo("error Environment/staging hosts.api = \"<none>\":"
                + " the environment has no host for this entry point. Fix: add .host(\"api\", \"...\") to the"
                + " environment, or use one of [web]. [environment.host]");
    }

    @Test
    void rejectsReplicaBoundsBelowOneOrUpsideDown() {
        assertThat(error(() -> STAGING.replicas(3, 2))).isEqualTo("error Environment/staging replicas = \"3..2\":"
                + " replica bounds need 1 <= min <= max. Fix: give a minimum of at least 1 and a maximum of at least"
                + " the minimum. [environment.replicas]");
    }

    @Test
    void rejectsANamespaceThatIsNoDnsLabel() {
        assertThat(error(() -> STAGING.namespace("Shop_Staging"))).isEqualTo("error Environment/staging namespace"
                + " = \"Shop_Staging\": a namespace must be a DNS-1123 label: at most 63 characters of [a-z0-9-],"
                + " alphanumeric ends. Fix: use a name such as \"shop-staging\". [environment.namespace]");
    }

    @Test
    void rejectsAHostWithAScheme() {
        assertThat(error(() -> STAGING.host("web", "https://shop.example.com"))).isEqualTo("error"
                + " Environment/staging hosts.web = \"https://shop.example.com\": a host needs a key and a DNS name"
                + " (no scheme, port or IP address). Fix: write it as host(\"web\", \"shop.example.com\")."
                + " [environment.host]");
    }

    @Test
    void rejectsAnImageTagWithAColon() {
        assertThat(error(() -> STAGING.imageTag("myregistry.azurecr.io/web", "2.1:0"))).isEqualTo("error"
                + " Environment/staging imageTags.myregistry.azurecr.io/web = \"2.1:0\": an image tag is 1 to 128"
                + " characters of [A-Za-z0-9_.-], not starting with '.' or '-'. Fix: write it as"
                + " imageTag(\"myregistry.azurecr.io/web\", \"2.1.0\"). [environment.value]");
    }

    @Test
    void rejectsAFeatureWithoutName() {
        assertThat(error(() -> STAGING.without(" "))).isEqualTo("error Environment/staging without = \" \": a"
                + " feature to switch off needs a name. Fix: write it as without(\"autoscaling\"). [environment.value]");
    }
}
