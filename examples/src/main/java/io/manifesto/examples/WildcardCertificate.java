package io.manifesto.examples;

import io.manifesto.core.Application;
import io.manifesto.tls.AzureEnvironment;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.Issuer;
import io.manifesto.tls.KeyUsage;
import io.manifesto.tls.ManagedIdentity;
import io.manifesto.tls.PrivateKey;
import io.manifesto.tls.RotationPolicy;
import io.manifesto.tls.Tls;
import io.manifesto.workload.Deployment;

import static io.manifesto.Manifesto.*;

/**
 * A wildcard certificate, {@code *.example.com}, from Let's Encrypt through the DNS01 challenge on Azure DNS:
 * cert-manager writes the TXT record with the cluster's managed identity (a ClusterIssuer, so no extra cert-manager
 * flag is needed). One explicit Certificate serves every host of the zone; the ingress takes its secret. Let's
 * Encrypt decides the lifetime (90 days), so the Certificate sets only when to renew; an ECDSA key signs but does not
 * encipher, so its usages leave out {@code key encipherment}.
 */
public final class WildcardCertificate {

    private WildcardCertificate() {
    }

    /** The application: the web app, a DNS01 ClusterIssuer, the wildcard Certificate and an ingress on two hosts. */
    public static Application define() {
        Deployment web = HorizontalScaling.webApp().replicas(2);
        Issuer letsEncrypt = clusterIssuer("letsencrypt-dns", letsEncryptProduction()
                .email("platform-team@contoso.com")
                .accountKey("letsencrypt-dns-account-key")
                .solver(dns01(azureDns("00000000-0000-0000-0000-000000000000", "dns-zones")
                        .hostedZone("example.com")
                        .environment(AzureEnvironment.AZURE_PUBLIC_CLOUD)
                        .managedIdentity(ManagedIdentity.clientId("11111111-1111-1111-1111-111111111111")))
                        .forDnsZones("example.com")));
        Certificate wildcard = certificate("wildcard-example-com", letsEncrypt)
                .secretName("wildcard-example-com-tls")
                .dnsNames("*.example.com")
                .renewBefore("720h")
                .privateKey(PrivateKey.ecdsa(256).rotation(RotationPolicy.ALWAYS))
                .usages(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.SERVER_AUTH);
        return application("shop")
                .namespace("shop")
                .add(web, letsEncrypt, wildcard)
                .add(ingress("shop").ingressClass("nginx")
                        .route("shop.example.com", "/", web.port("http"))
                        .route("api.example.com", "/api", web.port("http"))
                        .tls(Tls.fromCertificate(wildcard)))
                .build();
    }
}
