package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.v1.CertificateSpec;
import io.manifesto.hosts.Hosts;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.tls.Certificate;
import io.manifesto.validate.Names;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a cert-manager Certificate object: its secret (one Certificate per secret), its names (at least one,
 * each a host, a common name cert-manager accepts), its private key ({@link CertificateKeys}), its lifetime
 * ({@link CertificateDurations}) and its issuer's name.
 */
public final class CertificateRules implements RuleSet {

    /** A Certificate without any name. */
    public static final RuleInfo DNS_NAMES = RuleInfo.error("certificate.dns-names",
            "a Certificate names what it certifies: DNS names, or a common name for a CA",
            "cert-manager's webhook refuses a Certificate with no subject name at all");
    /** Two Certificates writing one secret. */
    public static final RuleInfo SECRET_SHARED = RuleInfo.error("certificate.secret-shared",
            "each Certificate of a namespace writes its own secret",
            "cert-manager lets each Certificate reissue over the other's key pair, endlessly");
    /** A blank or too long common name. */
    public static final RuleInfo COMMON_NAME = RuleInfo.error("certificate.common-name",
            "a common name has 1 to 64 bytes",
            "cert-manager's webhook refuses a longer common name (the X.509 upper bound)");

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(List.of(DNS_NAMES, SECRET_SHARED, COMMON_NAME));
        rules.addAll(CertificateKeys.RULES);
        rules.addAll(CertificateDurations.RULES);
        rules.addAll(Hosts.RULES);
        return rules;
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Certificate")) {
            if (resource.object() instanceof io.fabric8.certmanager.api.model.v1.Certificate certificate && certificate.getSpec() != null) {
                check(set, findings.on(resource), resource, certificate.getSpec());
            }
        }
    }

    private static void check(ResolvedSet set, Findings.On scope, Resource resource, CertificateSpec spec) {
        String secret = spec.getSecretName() == null ? "" : spec.getSecretName();
        Names.checkDns1123Subdomain(scope, "spec.secretName", secret);
        List<String> dnsNames = spec.getDnsNames() == null ? List.of() : spec.getDnsNames();
        if (dnsNames.isEmpty() && spec.getCommonName() == null && isEmpty(spec.getIpAddresses())
                && isEmpty(spec.getUris()) && isEmpty(spec.getEmailAddresses()) && spec.getLiteralSubject() == null) {
            scope.report(DNS_NAMES, "spec.dnsNames", null,
                    "a Certificate needs at least one DNS name (a CA's needs only a common name)",
                    Fix.of("add .dnsNames(\"shop.example.com\")", "add spec.dnsNames, e.g. [shop.example.com]"));
        }
        checkCommonName(scope, resource, spec.getCommonName());
        set.certificatesWritingSecret(resource.namespace(), secret).stream().findFirst()
                .filter(first -> first != resource)
                .ifPresent(earlier -> scope.report(SECRET_SHARED, "spec.secretName", secret,
                        earlier + " writes the same secret, and cert-manager would let each Certificate reissue over"
                                + " the other's key pair",
                        Fix.of("give each Certificate its own secretName, or keep one Certificate with the DNS names"
                                + " of both")));
        for (int i = 0; i < dnsNames.size(); i++) {
            if (dnsNames.get(i) != null) {
                Hosts.check(scope, "spec.dnsNames[" + i + "]", dnsNames.get(i));
            }
        }
        CertificateDurations.check(scope, spec);
        CertificateKeys.check(scope, spec);
        if (spec.getIssuerRef() != null && spec.getIssuerRef().getName() != null) {
            Names.checkDns1123Subdomain(scope, "spec.issuerRef.name", spec.getIssuerRef().getName());
        }
    }

    private static void checkCommonName(Findings.On scope, Resource resource, String commonName) {
        if (commonName == null) {
            return;
        }
        if (commonName.isBlank() || commonName.getBytes(StandardCharsets.UTF_8).length > Certificate.MAXIMUM_COMMON_NAME_BYTES) {
            scope.report(COMMON_NAME, "spec.commonName", commonName,
                    "a common name has 1 to " + Certificate.MAXIMUM_COMMON_NAME_BYTES + " bytes, the most cert-manager's webhook"
                            + " accepts",
                    commonName.isBlank()
                            ? Fix.of("name the certificate, e.g. .commonName(\"" + resource.name() + "\"), or leave it"
                                    + " out", "set spec.commonName to a name, e.g. \"" + resource.name() + "\", or"
                                    + " leave it out")
                            : Fix.of("use a shorter name, and put long names in .dnsNames(...)",
                                    "use a shorter name, and put long names in spec.dnsNames"));
        }
    }

    private static boolean isEmpty(List<?> values) {
        return values == null || values.isEmpty();
    }
}
