package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.tls.AcmeProfile;
import io.manifesto.tls.Issuer;
import io.manifesto.workload.Deployment;

import static io.manifesto.Manifesto.*;

/**
 * Short-lived certificates from Let's Encrypt: the issuer asks the {@code shortlived} profile
 * ({@code spec.acme.profile}, cert-manager 1.18 and later), whose certificates last 160 hours, about six days. The
 * ingress asks the issuer through the annotation as usual; cert-manager renews when two thirds of the lifetime have
 * passed, so a leaked key is useful for days rather than months.
 */
public final class ShortLivedCertificates {

    private ShortLivedCertificates() {
    }

    /** The application: the web app, a ClusterIssuer asking for shortlived certificates, and an ingress. */
    public static Application define() {
        Deployment web = HorizontalScaling.webApp().replicas(2);
        Issuer shortLived = clusterIssuer("letsencrypt-shortlived", letsEncryptProduction()
                .email("platform-team@contoso.com")
                .profile(AcmeProfile.SHORT_LIVED)
                .solver(http01("nginx")));
        return application("shop")
                .namespace("shop")
                .add(web, shortLived)
                .add(ingress("shop").ingressClass("nginx")
                        .route("shop.example.com", "/", web.port("http"))
                        .tls(tlsIssuedBy(shortLived, "shop-tls", "shop.example.com")))
                .build();
    }
}
