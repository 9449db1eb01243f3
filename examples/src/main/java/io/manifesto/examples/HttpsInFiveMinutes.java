package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.tls.Issuer;
import io.manifesto.workload.Deployment;

import static io.manifesto.Manifesto.*;

/**
 * The talk's "HTTPS in five minutes": the web app behind an nginx ingress, served with TLS three ways. From a secret
 * that already exists ({@code kubectl create secret tls}), and from cert-manager with Let's Encrypt, where the user
 * only touches the ingress: staging first (untrusted certificates, generous rate limits), then production.
 */
public final class HttpsInFiveMinutes {

    private HttpsInFiveMinutes() {
    }

    /** The application: the web app, two Let's Encrypt ClusterIssuers (HTTP01) and three ingresses. */
    public static Application define() {
        Deployment web = HorizontalScaling.webApp().replicas(2);
        Issuer staging = clusterIssuer("letsencrypt-staging", letsEncryptStaging()
                .email("platform-team@contoso.com")
                .solver(http01("nginx")));
        Issuer production = clusterIssuer("letsencrypt-prod", letsEncryptProduction()
                .email("platform-team@contoso.com")
                .solver(http01("nginx")));
        return application("shop")
                .namespace("shop")
                .add(web, staging, production)
                .add(ingress("shop-manual").ingressClass("nginx")
                        .route("www.shop.example.com", "/", web.port("http"))
                        .tls(tlsFromSecret("www-shop-tls", "www.shop.example.com")))
                .add(ingress("shop-staging").ingressClass("nginx")
                        .route("staging.shop.example.com", "/", web.port("http"))
                        .tls(tlsIssuedBy(staging, "staging-shop-tls", "staging.shop.example.com")))
                .add(ingress("shop").ingressClass("nginx")
                        .route("shop.example.com", "/", web.port("http"))
                        .tls(tlsIssuedBy(production, "shop-tls", "shop.example.com")))
                .build();
    }
}
