package io.manifesto.tls;

import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static io.manifesto.tls.TlsFixtures.build;
import static org.assertj.core.api.Assertions.assertThat;

/** The certificate profile an ACME issuer asks for: rendered, and judged for Let's Encrypt. */
class AcmeProfileTest {

    private static Issuer shortLived(AcmeProfile profile) {
        return clusterIssuer("le", letsEncryptProduction().email("ops@contoso.com").profile(profile)
                .solver(http01("nginx")));
    }

    @Test
    void rendersTheProfileAndLeavesItOutWhenNoneIsAsked() {
        assertThat(build(shortLived(AcmeProfile.SHORT_LIVED)).toYaml()).contains("    profile: shortlived\n");
        assertThat(build(TlsFixtures.letsEncrypt()).toYaml()).doesNotContain("profile");
    }

    @Test
    void warnsOfAProfileLetsEncryptDoesNotOfferButNotOfAnotherCasProfile() {
        assertThat(build(shortLived(AcmeProfile.of("short-lived"))).report().warnings()).extracting(Problem::toString)
                .containsExactly("warning ClusterIssuer/le spec.acme.profile = \"short-lived\": is not a profile"
                        + " Let's Encrypt offers (classic, tlsserver, shortlived), and the CA refuses an order for an"
                        + " unknown profile, so the issuer gets no certificate. Fix: use AcmeProfile.CLASSIC,"
                        + " AcmeProfile.TLS_SERVER or AcmeProfile.SHORT_LIVED, or leave .profile(...) out for the"
                        + " default. [acme.profile]");
        assertThat(build(clusterIssuer("other", Acme.server("https://acme.example.org/directory")
                .email("ops@contoso.com").profile(AcmeProfile.of("short-lived")).solver(http01("nginx"))))
                .report().warnings()).isEmpty();
    }

    @Test
    void warnsOfARenewBeforeAtTheShortLivedLifetime() {
        Issuer le = shortLived(AcmeProfile.SHORT_LIVED);
        assertThat(build(le, certificate("shop", le).dnsNames("shop.example.com").renewBefore("160h")).report()
                .warnings()).extracting(Problem::toString).containsExactly(
                "warning Certificate/shop spec.renewBefore = \"160h\": ClusterIssuer/le asks Let's Encrypt for"
                        + " shortlived certificates, which last 160h, and cert-manager ignores a renewBefore at or"
                        + " above the lifetime: it renews when two thirds of it have passed, so this renewBefore has"
                        + " no effect. Fix: use a renewBefore well below 160h, e.g. .renewBefore(\"48h\"), or leave it"
                        + " out. [certificate.shortlived-renew-before]");
        assertThat(build(le, certificate("shop", le).dnsNames("shop.example.com").renewBefore("48h")).report()
                .warnings()).isEmpty();
    }
}
