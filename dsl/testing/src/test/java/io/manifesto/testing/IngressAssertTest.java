package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class IngressAssertTest {

    private IngressAssert shop() {
        return assertThat(Fixtures.manifests()).ingress("shop");
    }

    @Test
    void checksRoutes() {
        shop().routes("shop.example.com", "/", "shop", "http");
    }

    @Test
    void aRouteToAnotherPortFailsListingTheRoutes() {
        assertThatThrownBy(() -> shop().routes("shop.example.com", "/", "shop", "https"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting Ingress/shop to route\n  shop.example.com / -> shop:https\n"
                        + "but its routes were\n  shop.example.com / -> shop:http");
    }

    @Test
    void checksTlsHostsInAnyOrder() {
        shop().hasTls("shop-tls", "shop.example.com", "www.shop.example.com");
    }

    @Test
    void tlsWithAMissingHostFails() {
        assertThatThrownBy(() -> shop().hasTls("shop-tls", "shop.example.com"))
                .hasMessage("\nExpecting Ingress/shop to have the TLS section\n"
                        + "  secret \"shop-tls\" for [shop.example.com]\n"
                        + "but its TLS sections were\n"
                        + "  secret \"shop-tls\" for [shop.example.com, www.shop.example.com]");
    }

    @Test
    void checksAnnotations() {
        shop().hasAnnotation("cert-manager.io/cluster-issuer", "letsencrypt-prod");
    }

    @Test
    void aDifferentAnnotationValueFails() {
        assertThatThrownBy(() -> shop().hasAnnotation("cert-manager.io/cluster-issuer", "letsencrypt-staging"))
                .hasMessage("\nExpecting Ingress/shop to have the annotation\n"
                        + "  \"cert-manager.io/cluster-issuer\"=\"letsencrypt-staging\"\n"
                        + "but it had\n  \"cert-manager.io/cluster-issuer\"=\"letsencrypt-prod\"");
    }

    @Test
    void checksTheIngressClass() {
        shop().hasIngressClass("webapprouting.kubernetes.azure.com");
    }

    @Test
    void aDifferentIngressClassFails() {
        assertThatThrownBy(() -> shop().hasIngressClass("nginx"))
                .hasMessage("\nExpecting Ingress/shop to have the ingress class\n  \"nginx\"\n"
                        + "but it had\n  \"webapprouting.kubernetes.azure.com\"");
    }
}
