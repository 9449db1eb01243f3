package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ContainerAssertTest {

    private ContainerAssert web() {
        return assertThat(Fixtures.manifests()).deployment("shop").container("web");
    }

    private ContainerAssert postgres() {
        return assertThat(Fixtures.manifests()).statefulSet("db").container("postgres");
    }

    @Test
    void checksTheImage() {
        web().hasImage("myregistry.azurecr.io/shop:1.4.2");
    }

    @Test
    void aDifferentImageFails() {
        assertThatThrownBy(() -> web().hasImage("shop:latest"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have the image\n"
                        + "  \"shop:latest\"\nbut it had\n  \"myregistry.azurecr.io/shop:1.4.2\"");
    }

    @Test
    void comparesQuantitiesByValue() {
        web().hasCpuRequest("0.1").hasCpuLimit("200m").hasMemoryRequest("128Mi").hasMemoryRequest("131072Ki");
    }

    @Test
    void aDifferentCpuLimitFailsShowingBothAsWritten() {
        assertThatThrownBy(() -> web().hasCpuLimit("300m"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have a CPU limit of\n"
                        + "  \"300m\"\nbut it had\n  \"0.2\"");
    }

    @Test
    void anExpectedValueThatIsNotAQuantityFailsAsAnAssertionSayingSo() {
        assertThatThrownBy(() -> web().hasCpuLimit("200mm"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have a CPU limit of\n"
                        + "  \"200mm\"\nbut \"200mm\" is not a Kubernetes quantity; write it like \"200m\" or \"128Mi\"");
        assertThatThrownBy(() -> web().hasMemoryRequest(null))
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have a memory request of\n"
                        + "  null\nbut no quantity was given; write it like \"200m\" or \"128Mi\"");
    }

    @Test
    void aDifferentCpuRequestFails() {
        assertThatThrownBy(() -> web().hasCpuRequest("200m"))
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have a CPU request of\n"
                        + "  \"200m\"\nbut it had\n  \"100m\"");
    }

    @Test
    void aDifferentMemoryRequestFails() {
        assertThatThrownBy(() -> web().hasMemoryRequest("256Mi"))
                .hasMessageContaining("to have a memory request of\n  \"256Mi\"\nbut it had\n  \"128Mi\"");
    }

    @Test
    void aMissingLimitFailsSayingItIsMissing() {
        assertThatThrownBy(() -> web().hasMemoryLimit("256Mi"))
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have a memory limit of\n"
                        + "  \"256Mi\"\nbut it had no memory limit");
    }

    @Test
    void checksPorts() {
        web().hasPort("http", 8080);
    }

    @Test
    void aDifferentPortFailsListingThePorts() {
        assertThatThrownBy(() -> web().hasPort("http", 80))
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have the port\n"
                        + "  http 80\nbut its ports were\n  http 8080");
    }

    @Test
    void checksLiteralEnvironment() {
        web().hasEnv("MODE", "production");
    }

    @Test
    void aDifferentEnvironmentValueFails() {
        assertThatThrownBy(() -> web().hasEnv("MODE", "debug"))
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to set the environment variable"
                        + " MODE to\n  \"debug\"\nbut it had\n  \"production\"");
    }

    @Test
    void aMissingEnvironmentVariableFailsListingTheVariables() {
        assertThatThrownBy(() -> web().hasEnv("LOG_LEVEL", "info"))
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to set the environment variable"
                        + " LOG_LEVEL to\n  \"info\"\nbut it had no variable LOG_LEVEL; its variables were\n"
                        + "  [MODE, DB_PASSWORD]");
    }

    @Test
    void checksEnvironmentFromSecrets() {
        web().hasEnvFromSecret("DB_PASSWORD", "db", "password");
    }

    @Test
    void aLiteralValueFailsHasEnvFromSecret() {
        assertThatThrownBy(() -> web().hasEnvFromSecret("MODE", "settings", "mode"))
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to read the environment variable"
                        + " MODE from\n  secret \"settings\", key \"mode\"\n"
                        + "but it read\n  the literal value \"production\"");
    }

    @Test
    void aDifferentSecretKeyFails() {
        assertThatThrownBy(() -> web().hasEnvFromSecret("DB_PASSWORD", "db", "pass"))
                .hasMessageContaining("but it read\n  secret \"db\", key \"password\"");
    }

    @Test
    void checksTheRestrictedSecurityContext() {
        web().disallowsPrivilegeEscalation().dropsAllCapabilities();
    }

    @Test
    void aContainerWithoutSecurityContextFailsPrivilegeEscalation() {
        assertThatThrownBy(() -> postgres().disallowsPrivilegeEscalation())
                .hasMessage("\nExpecting container \"postgres\" of StatefulSet/db to set"
                        + " securityContext.allowPrivilegeEscalation to\n  false\nbut it was not set");
    }

    @Test
    void aContainerThatDropsNothingFailsDropsAllCapabilities() {
        assertThatThrownBy(() -> postgres().dropsAllCapabilities())
                .hasMessage("\nExpecting container \"postgres\" of StatefulSet/db to drop the capabilities\n"
                        + "  [ALL]\nbut it dropped\n  []");
    }

    @Test
    void checksProbes() {
        web().hasReadinessProbe();
    }

    @Test
    void aMissingProbeFails() {
        assertThatThrownBy(() -> web().hasLivenessProbe())
                .hasMessage("\nExpecting container \"web\" of Deployment/shop to have a\n  livenessProbe\nbut it had none");
    }

    @Test
    void worksOnAContainerOnItsOwn() {
        assertThatThrownBy(() -> new ContainerAssert(new ContainerBuilder().withName("solo").build()).hasImage("x"))
                .hasMessage("\nExpecting container \"solo\" to have the image\n  \"x\"\nbut it had\n  null");
    }
}
