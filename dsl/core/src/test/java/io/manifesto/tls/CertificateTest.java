package io.manifesto.tls;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.manifesto.Manifesto.*;
import static io.manifesto.tls.TlsFixtures.letsEncrypt;
import static io.manifesto.tls.TlsFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateTest {

    @Test
    void parsesGoDurationsAndRejectsDays() {
        assertThat(GoDuration.of("2160h").toDuration()).contains(Duration.ofHours(2160));
        assertThat(GoDuration.of("90m").toDuration()).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.of("1h30m").toDuration()).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.of("1.5h").toDuration()).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.of("90d").isValid()).isFalse();
        assertThat(GoDuration.of(null).isValid()).isFalse();
    }

    @Test
    void rejectsDurationsInDays() {
        assertThat(problems(certificate("c", letsEncrypt()).dnsNames("shop.example.com").duration("90d")
                .renewBefore("30d"))).containsExactly(
                "error Certificate/c spec.duration = \"90d\": is not a Go duration: use the units h, m, s (there is no"
                        + " day unit). Fix: write days as hours, e.g. \"2160h\" for 90 days. [certificate.duration-format]",
                "error Certificate/c spec.renewBefore = \"30d\": is not a Go duration: use the units h, m, s (there is"
                        + " no day unit). Fix: write days as hours, e.g. \"2160h\" for 90 days."
                        + " [certificate.duration-format]");
    }

    @Test
    void rejectsRenewBeforeNotBelowDurationAndWrongKeySizeTogether() {
        assertThat(problems(letsEncrypt(), certificate("c", letsEncrypt()).dnsNames("shop.example.com")
                .duration("720h").renewBefore("720h").privateKey(PrivateKey.ecdsa(2048)))).containsExactly(
                "error Certificate/c spec.renewBefore = \"720h\": renewBefore must be below the duration (720h), or"
                        + " cert-manager renews the certificate as soon as it is issued. Fix: use a renewBefore"
                        + " shorter than 720h, e.g. a third of it. [certificate.renew-before]",
                "error Certificate/c spec.privateKey.size = \"2048\": ECDSA keys take the sizes [256, 384, 521]. Fix:"
                        + " use one of [256, 384, 521]. [certificate.key-size]");
    }

    @Test
    void comparesRenewBeforeWithCertManagersDefaultDuration() {
        assertThat(problems(certificate("c", letsEncrypt()).dnsNames("shop.example.com").renewBefore("2200h")))
                .containsExactly("error Certificate/c spec.renewBefore = \"2200h\": renewBefore must be below the"
                        + " duration (2160h), or cert-manager renews the certificate as soon as it is issued. Fix: use"
                        + " a renewBefore shorter than 2160h, e.g. a third of it. [certificate.renew-before]");
    }

    @Test
    void rejectsCertificateWithoutNamesAndEd25519WithASize() {
        assertThat(problems(certificate("c", letsEncrypt())
                .privateKey(new PrivateKey(KeyAlgorithm.ED25519, 256, RotationPolicy.NEVER)))).containsExactly(
                "error Certificate/c spec.dnsNames = \"<none>\": a Certificate needs at least one DNS name. Fix: add"
                        + " .dnsNames(\"shop.example.com\"). [certificate.dns-names]",
                "error Certificate/c spec.privateKey.size = \"256\": Ed25519 keys have a fixed size. Fix: leave the"
                        + " size out. [certificate.key-size]");
    }

    @Test
    void rejectsWildcardCertificateOnHttp01Issuer() {
        assertThat(problems(letsEncrypt(), certificate("wildcard", letsEncrypt()).dnsNames("*.example.com")))
                .containsExactly("error Certificate/wildcard spec.dnsNames[0] = \"*.example.com\": a wildcard name"
                        + " needs a DNS01 solver, and ClusterIssuer/letsencrypt-prod has none that applies to it: ACME"
                        + " validates wildcards only through DNS records. Fix: add"
                        + " .solver(Solver.dns01(AzureDns.of(...))) to ClusterIssuer/letsencrypt-prod, or list the"
                        + " names without a wildcard. [tls.wildcard-needs-dns01]");
    }
}
