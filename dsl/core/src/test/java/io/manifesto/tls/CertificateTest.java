package io.manifesto.tls;

import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

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
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("letsencrypt-prod"))
                .dnsNames("shop.example.com").duration("90d").renewBefore("30d"))).containsExactly(
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
                        + " use one of [256, 384, 521]. [certificate.key-size]",
                "warning Certificate/c spec.duration = \"720h\": ClusterIssuer/letsencrypt-prod is an ACME issuer,"
                        + " and the ACME CA decides the lifetime itself (Let's Encrypt issues 90-day certificates):"
                        + " cert-manager does not send the requested duration, so it has no effect. Fix: leave the"
                        + " duration out, and set only renewBefore if you want earlier renewals."
                        + " [certificate.acme-duration]");
    }

    @Test
    void comparesRenewBeforeWithCertManagersDefaultDuration() {
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("letsencrypt-prod"))
                .dnsNames("shop.example.com").renewBefore("2200h")))
                .containsExactly("error Certificate/c spec.renewBefore = \"2200h\": renewBefore must be below the"
                        + " duration (2160h), or cert-manager renews the certificate as soon as it is issued. Fix: use"
                        + " a renewBefore shorter than 2160h, e.g. a third of it. [certificate.renew-before]");
    }

    @Test
    void rejectsCertificateWithoutNamesAndEd25519WithASize() {
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("letsencrypt-prod"))
                .privateKey(new PrivateKey(KeyAlgorithm.ED25519, 256, RotationPolicy.NEVER)))).containsExactly(
                "error Certificate/c spec.dnsNames = \"<none>\": a Certificate needs at least one DNS name (a CA's"
                        + " needs only a common name). Fix: add .dnsNames(\"shop.example.com\"). [certificate.dns-names]",
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

    @Test
    void rejectsDurationAndRenewBeforeBelowCertManagersMinimumsTogether() {
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca")).dnsNames("shop.example.com")
                .duration("30m").renewBefore("4m59s"))).containsExactly(
                "error Certificate/c spec.duration = \"30m\": is below 1h, the shortest duration cert-manager's"
                        + " webhook accepts, so the API server refuses the Certificate. Fix: use a duration of at"
                        + " least 1h. [certificate.duration-minimum]",
                "error Certificate/c spec.renewBefore = \"4m59s\": is below 5m, the shortest renewBefore"
                        + " cert-manager's webhook accepts, so the API server refuses the Certificate. Fix: use a"
                        + " renewBefore of at least 5m. [certificate.renew-before-minimum]");
    }

    @Test
    void acceptsExactlyTheMinimums() {
        assertThat(TlsFixtures.build(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca"))
                .dnsNames("shop.example.com").duration("1h").renewBefore("5m")).report().warnings()).isEmpty();
    }

    @Test
    void warnsAboutKeyEnciphermentOnEcdsaAndEd25519Keys() {
        for (PrivateKey key : List.of(PrivateKey.ecdsa(256), PrivateKey.ed25519())) {
            assertThat(TlsFixtures.build(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca"))
                    .dnsNames("shop.example.com").privateKey(key)
                    .usages(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.KEY_ENCIPHERMENT)).report().warnings())
                    .extracting(Problem::toString).containsExactly(
                            "warning Certificate/c spec.usages[1] = \"key encipherment\": only RSA keys encipher"
                                    + " keys: RFC 8813 (ECDSA) and RFC 8410 (Ed25519) forbid this usage for "
                                    + key.algorithm().value() + " keys, and strict TLS clients reject such"
                                    + " certificates. Fix: remove KeyUsage.KEY_ENCIPHERMENT from .usages(...), or use"
                                    + " an RSA key. [certificate.key-encipherment]");
        }
        assertThat(TlsFixtures.build(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca"))
                .dnsNames("shop.example.com").privateKey(PrivateKey.rsa(2048))
                .usages(KeyUsage.KEY_ENCIPHERMENT)).report().warnings()).isEmpty();
    }

    @Test
    void warnsThatAnAcmeIssuerIgnoresTheDuration() {
        Issuer letsEncrypt = letsEncrypt();
        assertThat(TlsFixtures.build(letsEncrypt, certificate("c", letsEncrypt).dnsNames("shop.example.com")
                .duration("2160h").renewBefore("720h")).report().warnings()).extracting(Problem::toString)
                .containsExactly("warning Certificate/c spec.duration = \"2160h\": ClusterIssuer/letsencrypt-prod is"
                        + " an ACME issuer, and the ACME CA decides the lifetime itself (Let's Encrypt issues 90-day"
                        + " certificates): cert-manager does not send the requested duration, so it has no effect."
                        + " Fix: leave the duration out, and set only renewBefore if you want earlier renewals."
                        + " [certificate.acme-duration]");
    }

    @Test
    void rejectsAUrlAsDnsName() {
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca")).dnsNames("https://a.com/")))
                .containsExactly("error Certificate/c spec.dnsNames[0] = \"https://a.com/\": is a URL, not a host"
                        + " name. Fix: write only the host, e.g. \"a.com\". [host.url]");
    }

    @Test
    void acceptsAnyRsaSizeFrom2048To8192() {
        for (int bits : List.of(2048, 3072, 6144, 8192)) {
            assertThat(TlsFixtures.build(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca"))
                    .dnsNames("shop.example.com").privateKey(PrivateKey.rsa(bits))).report().warnings()).isEmpty();
        }
    }

    @Test
    void rejectsRsaSizesOutsideTheRangeAlsoWhenTheAlgorithmIsLeftOut() {
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca")).dnsNames("shop.example.com")
                .privateKey(PrivateKey.rsa(8200)))).containsExactly(
                "error Certificate/c spec.privateKey.size = \"8200\": RSA keys take a size from 2048 to 8192 bits."
                        + " Fix: use a size in that range, e.g. 2048 (the default), 3072 or 4096."
                        + " [certificate.key-size]");
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca")).dnsNames("shop.example.com")
                .privateKey(new PrivateKey(null, 1, null)))).containsExactly(
                "error Certificate/c spec.privateKey.size = \"1\": RSA keys (cert-manager's algorithm when none is set)"
                        + " take a size from 2048 to 8192 bits. Fix: use a size in that range, e.g. 2048 (the default),"
                        + " 3072 or 4096. [certificate.key-size]");
    }

    @Test
    void rejectsADurationLongerThanGoAllows() {
        assertThat(GoDuration.of("2562047h").isValid()).isTrue();
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca")).dnsNames("shop.example.com")
                .duration("3000000h").renewBefore("720h"))).containsExactly(
                "error Certificate/c spec.duration = \"3000000h\": is longer than the longest Go duration, 2562047h"
                        + " (about 292 years), so cert-manager cannot read it. Fix: use a duration such as \"2160h\" for"
                        + " 90 days. [certificate.duration-format]");
    }

    @Test
    void dropsFractionsOfANanosecondAsGoDoes() {
        assertThat(GoDuration.of("1.5ns").toDuration()).contains(Duration.ofNanos(1));
    }

    @Test
    void acceptsACaCertificateWithOnlyACommonName() {
        Certificate ca = Certificate.named("shop-ca", IssuerRef.clusterIssuer("selfsigned")).isCA(true)
                .commonName("Shop internal CA");
        var built = TlsFixtures.build(ca);
        assertThat(built.toYaml()).contains("  commonName: Shop internal CA\n  isCA: true\n");
        assertThat(built.report().warnings()).isEmpty();
        assertThat(ca.ca()).isTrue();
        assertThat(ca.commonName()).contains("Shop internal CA");
    }

    @Test
    void rejectsAnEmptyOrTooLongCommonName() {
        String tooLong = "a".repeat(65);
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("ca")).commonName(""),
                Certificate.named("d", IssuerRef.clusterIssuer("ca")).commonName(tooLong))).containsExactly(
                "error Certificate/c spec.commonName = \"\": a common name has 1 to 64 bytes, the most cert-manager's"
                        + " webhook accepts. Fix: name the certificate, e.g. .commonName(\"c\"), or leave it out."
                        + " [certificate.common-name]",
                "error Certificate/d spec.commonName = \"" + tooLong + "\": a common name has 1 to 64 bytes, the most"
                        + " cert-manager's webhook accepts. Fix: use a shorter name, and put long names in"
                        + " .dnsNames(...). [certificate.common-name]");
    }

    @Test
    void rejectsAnAcmeCommonNameThatIsNotADnsName() {
        Issuer letsEncrypt = letsEncrypt();
        assertThat(problems(letsEncrypt, certificate("c", letsEncrypt).commonName("shop")
                .dnsNames("shop.example.com"))).containsExactly(
                "error Certificate/c spec.commonName = \"shop\": ClusterIssuer/letsencrypt-prod is an ACME issuer, and"
                        + " ACME signs only the names it validates, so cert-manager fails the order when the common name"
                        + " is not one of the DNS names. Fix: add \"shop\" to .dnsNames(...), or leave the common name"
                        + " out. [certificate.acme-common-name]");
        assertThat(TlsFixtures.build(letsEncrypt, certificate("c", letsEncrypt).commonName("shop.example.com")
                .dnsNames("shop.example.com")).report().warnings()).isEmpty();
    }

    @Test
    void aNullCommonNameIsReported() {
        assertThat(problems(Certificate.named("c", IssuerRef.clusterIssuer("ca")).dnsNames("shop.example.com")
                .commonName(null))).containsExactly(
                "error Certificate/c spec.commonName = \"<none>\": null was passed to commonName(...). Fix: pass a"
                        + " value, or leave the call out. [input.null]");
    }

    @Test
    void rejectsAnIssuerObjectTheApplicationDoesNotContain() {
        Issuer selfSigned = issuer("selfsigned", selfSigned());
        assertThat(problems(certificate("shop-ca", selfSigned).isCA(true).commonName("shop-ca"))).containsExactly(
                "error Certificate/shop-ca spec.issuerRef.name = \"selfsigned\": the certificate comes from"
                        + " Issuer/selfsigned, which the application does not contain, so nothing creates the issuer"
                        + " and cert-manager issues no certificate. Fix: add Issuer/selfsigned to the application, or"
                        + " refer to an issuer that already exists in the cluster with IssuerRef.issuer(\"selfsigned\")."
                        + " [tls.issuer-missing]");
        assertThat(TlsFixtures.build(selfSigned, certificate("shop-ca", selfSigned).isCA(true).commonName("shop-ca"))
                .report().warnings()).isEmpty();
    }

    @Test
    void rejectsTwoCertificatesWritingOneSecret() {
        Issuer le = letsEncrypt();
        assertThat(problems(le, certificate("shop", le).dnsNames("shop.example.com").secretName("tls"),
                certificate("api", le).dnsNames("api.example.com").secretName("tls"))).containsExactly(
                // the rule reads the rendered objects in apply order (by name), so the later of the two there is named
                "error Certificate/shop spec.secretName = \"tls\": Certificate/api writes the same secret, and"
                        + " cert-manager would let each Certificate reissue over the other's key pair. Fix: give each"
                        + " Certificate its own secretName, or keep one Certificate with the DNS names of both."
                        + " [certificate.secret-shared]");
    }
}
