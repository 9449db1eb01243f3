package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ServiceAssertTest {

    private ServiceAssert shop() {
        return assertThat(Fixtures.manifests()).service("shop");
    }

    private static ServiceAssert headless() {
        return new ServiceAssert(new ServiceBuilder(Fixtures.service())
                .editSpec().withType("ClusterIP").withClusterIP("None").endSpec().build());
    }

    @Test
    void anUnsetTypeCountsAsClusterIp() {
        shop().hasType("ClusterIP");
    }

    @Test
    void aDifferentTypeFails() {
        assertThatThrownBy(() -> shop().hasType("LoadBalancer"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting Service/shop to have the type\n  \"LoadBalancer\"\n"
                        + "but it had\n  \"ClusterIP\" (not set, the default)");
    }

    @Test
    void checksTheNamedTargetPort() {
        shop().targetsPort("http");
    }

    @Test
    void anotherTargetPortFails() {
        assertThatThrownBy(() -> shop().targetsPort("metrics"))
                .hasMessage("\nExpecting Service/shop to target the container port named\n  \"metrics\"\n"
                        + "but its target ports were\n  [http]");
    }

    @Test
    void checksExposedPorts() {
        shop().exposesPort("http", 80);
    }

    @Test
    void aDifferentPortNumberFails() {
        assertThatThrownBy(() -> shop().exposesPort("http", 443))
                .hasMessage("\nExpecting Service/shop to expose the port\n  http 443\nbut its ports were\n  http 80");
    }

    @Test
    void checksHeadlessServices() {
        headless().isHeadless().hasType("ClusterIP");
    }

    @Test
    void aServiceWithoutClusterIpIsNotHeadless() {
        assertThatThrownBy(() -> shop().isHeadless())
                .hasMessage("\nExpecting Service/shop to be headless, with clusterIP\n  \"None\"\nbut it set no clusterIP");
    }

    @Test
    void checksTheSelectorExactly() {
        shop().selects(Fixtures.SELECTOR);
    }

    @Test
    void aDifferentSelectorFails() {
        assertThatThrownBy(() -> shop().selects(Map.of("app", "shop")))
                .hasMessage("\nExpecting Service/shop to select pods on\n  {app=shop}\n"
                        + "but it had\n  {app.kubernetes.io/name=shop}");
    }
}
