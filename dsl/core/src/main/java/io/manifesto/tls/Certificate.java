package io.manifesto.tls;

import io.fabric8.certmanager.api.model.meta.v1.ObjectReference;
import io.fabric8.certmanager.api.model.v1.CertificatePrivateKey;
import io.fabric8.certmanager.api.model.v1.CertificateSpec;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An explicit cert-manager Certificate (cert-manager.io/v1): the names, the issuer, the secret it writes, its
 * lifetime and key. Use it when the ingress annotation is not enough (a wildcard shared by several ingresses, a key
 * algorithm, a lifetime); the ingress then takes the secret with {@link Tls#fromCertificate(Certificate)}. Immutable.
 */
public final class Certificate implements SingleObjectComponent {

    /** Rule id: a duration that is not a Go duration ({@code 90d}). */
    public static final String DURATION_FORMAT_RULE = "certificate.duration-format";

    /** The longest {@code spec.commonName} cert-manager's webhook accepts, in bytes (UTF-8). */
    public static final int MAXIMUM_COMMON_NAME_BYTES = 64;

    /** The shortest {@code spec.duration} cert-manager's webhook accepts: one hour. */
    public static final GoDuration MINIMUM_DURATION = GoDuration.of("1h");
    /** The shortest {@code spec.renewBefore} cert-manager's webhook accepts: five minutes. */
    public static final GoDuration MINIMUM_RENEW_BEFORE = GoDuration.of("5m");

    /** cert-manager's default {@code spec.duration}: 90 days. */
    public static final GoDuration DEFAULT_DURATION = GoDuration.hours(2160);

    private final String name;
    private final String secretName;
    private final IssuerRef issuer;
    /** {@code true} when the issuer was passed as an {@link Issuer} object, which the application must contain. */
    private final boolean issuerOfApplication;
    private final List<String> dnsNames;
    private final GoDuration duration;
    private final GoDuration renewBefore;
    private final PrivateKey privateKey;
    private final List<KeyUsage> usages;
    private final boolean isCA;
    private final String commonName;
    private final Nulls missing;

    private Certificate(String name, String secretName, IssuerRef issuer, boolean issuerOfApplication,
                        List<String> dnsNames, GoDuration duration, GoDuration renewBefore, PrivateKey privateKey,
                        List<KeyUsage> usages, boolean isCA, String commonName, Nulls missing) {
        this.name = Objects.requireNonNullElse(name, "");
        this.secretName = secretName;
        this.issuer = issuer;
        this.issuerOfApplication = issuerOfApplication;
        this.dnsNames = List.copyOf(dnsNames);
        this.duration = duration;
        this.renewBefore = renewBefore;
        this.privateKey = privateKey;
        this.usages = List.copyOf(usages);
        this.isCA = isCA;
        this.commonName = commonName;
        this.missing = missing;
    }

    /** A Certificate named {@code name} from {@code issuer} (an issuer of the application). */
    public static Certificate named(String name, Issuer issuer) {
        return named(name, issuer == null ? null : issuer.ref(), true);
    }

    /**
     * A Certificate named {@code name} from the issuer {@code ref}: {@code spec.issuerRef}. A {@code null} issuer is
     * reported on {@code spec.issuerRef} when the application is built.
     */
    public static Certificate named(String name, IssuerRef ref) {
        return named(name, ref, false);
    }

    private static Certificate named(String name, IssuerRef ref, boolean ofApplication) {
        return new Certificate(name, null, ref, ofApplication, List.of(), null, null, null, List.of(), false, null,
                Nulls.NONE.remember(ref, "spec.issuerRef", "certificate(...)"));
    }

    /** {@code spec.secretName}: the secret cert-manager writes; the Certificate's name by default. */
    public Certificate secretName(String secret) {
        return new Certificate(name, secret, issuer, issuerOfApplication, dnsNames, duration, renewBefore, privateKey,
                usages, isCA, commonName, missing.remember(secret, "spec.secretName", "secretName(...)"));
    }

    /** Adds names: {@code spec.dnsNames}; a wildcard {@code *.example.com} needs a DNS01 solver. */
    public Certificate dnsNames(String... names) {
        return new Certificate(name, secretName, issuer, issuerOfApplication, Nulls.appendAll(dnsNames, names),
                duration, renewBefore, privateKey, usages, isCA, commonName,
                missing.rememberAny(names, "spec.dnsNames", "dnsNames(...)"));
    }

    /** {@code spec.duration}, a Go duration such as {@code 2160h}; cert-manager's default is 90 days. */
    public Certificate duration(String goDuration) {
        return new Certificate(name, secretName, issuer, issuerOfApplication, dnsNames,
                goDuration == null ? duration : GoDuration.of(goDuration), renewBefore, privateKey, usages, isCA,
                commonName, missing.remember(goDuration, "spec.duration", "duration(...)"));
    }

    /** {@code spec.renewBefore}, a Go duration such as {@code 360h}: renew this long before expiry. */
    public Certificate renewBefore(String goDuration) {
        return new Certificate(name, secretName, issuer, issuerOfApplication, dnsNames, duration,
                goDuration == null ? renewBefore : GoDuration.of(goDuration), privateKey, usages, isCA, commonName,
                missing.remember(goDuration, "spec.renewBefore", "renewBefore(...)"));
    }

    /** {@code spec.privateKey}. */
    public Certificate privateKey(PrivateKey key) {
        return new Certificate(name, secretName, issuer, issuerOfApplication, dnsNames, duration, renewBefore, key,
                usages, isCA, commonName, missing.remember(key, "spec.privateKey", "privateKey(...)"));
    }

    /** {@code spec.usages}. */
    public Certificate usages(KeyUsage... keyUsages) {
        return new Certificate(name, secretName, issuer, issuerOfApplication, dnsNames, duration, renewBefore,
                privateKey, keyUsages == null ? usages : Nulls.present(keyUsages), isCA, commonName,
                missing.rememberAny(keyUsages, "spec.usages", "usages(...)"));
    }

    /**
     * {@code spec.isCA}: the certificate may sign others. With {@code true} it can hold the key pair of a CA issuer,
     * {@code caIssuer(secretName)}, e.g. a root from a self-signed issuer:
     *
     * <pre>{@code
     * Issuer selfSigned = issuer("selfsigned", selfSigned());
     * Certificate root = certificate("shop-ca", selfSigned).isCA(true).commonName("shop-ca")
     *     .secretName("shop-ca-key-pair");
     * Issuer shopCa = issuer("shop-ca", caIssuer("shop-ca-key-pair"));
     * }</pre>
     */
    public Certificate isCA(boolean ca) {
        return new Certificate(name, secretName, issuer, issuerOfApplication, dnsNames, duration, renewBefore,
                privateKey, usages, ca, commonName, missing);
    }

    /**
     * {@code spec.commonName}: the subject's CN, at most 64 bytes. Clients match DNS names, not the CN, so use it for a
     * CA's name; a Certificate of a CA needs no DNS names.
     */
    public Certificate commonName(String cn) {
        return new Certificate(name, secretName, issuer, issuerOfApplication, dnsNames, duration, renewBefore,
                privateKey, usages, isCA, cn, missing.remember(cn, "spec.commonName", "commonName(...)"));
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** {@code spec.secretName}. */
    public String secretName() {
        return secretName == null ? name : secretName;
    }

    /** {@code spec.dnsNames}. */
    public List<String> dnsNames() {
        return dnsNames;
    }

    /** {@code spec.isCA}: {@code true} when the certificate may sign others; set with {@link #isCA(boolean)}. */
    public boolean ca() {
        return isCA;
    }

    /** {@code spec.commonName}, if set. */
    public Optional<String> commonName() {
        return Optional.ofNullable(commonName);
    }

    /** {@code spec.issuerRef}; {@code null} when {@code null} was passed for it (reported by the build). */
    public IssuerRef issuer() {
        return issuer;
    }

    /** {@code Certificate/<name>}. */
    public ResourceId id() {
        return new ResourceId("Certificate", name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Labels.checkComponentName(scope, name);
        missing.report(scope);
        // the secret, the names, the key, the lifetime and the issuer's name are checked on the rendered object
        // (io.manifesto.tls.rules.CertificateRules), and what its ACME issuer validates and signs too
        // (IssuedNameRules, AcmeCertificateRules)
        checkDurations(scope);
        if (issuer != null) {
            IssuerReferences.check(model, scope, issuer, issuerOfApplication, "spec.issuerRef.name",
                    model.namespace());
        }
    }

    /** The texts as written; what they mean is checked on the rendered object (CertificateDurations). */
    private void checkDurations(Problems.Scope scope) {
        checkFormat(scope, "spec.duration", duration);
        checkFormat(scope, "spec.renewBefore", renewBefore);
    }

    private static void checkFormat(Problems.Scope scope, String field, GoDuration value) {
        if (value == null) {
            return;
        }
        if (value.isTooLong()) {
            scope.error(DURATION_FORMAT_RULE, field, value,
                    "is longer than the longest Go duration, " + GoDuration.MAXIMUM_HOURS + "h (about 292 years), so"
                            + " cert-manager cannot read it",
                    "use a duration such as \"2160h\" for 90 days");
        } else if (!value.isValid()) {
            scope.error(DURATION_FORMAT_RULE, field, value,
                    "is not a Go duration: use the units h, m, s (there is no day unit)",
                    "write days as hours, e.g. \"2160h\" for 90 days");
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        ObjectMeta metadata = new ObjectMeta();
        metadata.setName(name);
        metadata.setLabels(model.objectLabels(name, Optional.empty()));
        ObjectReference issuerRef = new ObjectReference();
        issuerRef.setGroup("cert-manager.io");
        if (issuer != null) {
            issuerRef.setKind(issuer.kind().kind());
            issuerRef.setName(issuer.name());
        }
        CertificateSpec spec = new CertificateSpec();
        spec.setSecretName(secretName());
        spec.setIssuerRef(issuerRef);
        spec.setDnsNames(dnsNames);
        // a duration that is not a Go duration is reported by the build, and renders as left out
        spec.setDuration(duration == null ? null : duration.toDuration().map(Duration::new).orElse(null));
        spec.setRenewBefore(renewBefore == null ? null : renewBefore.toDuration().map(Duration::new).orElse(null));
        if (privateKey != null) {
            CertificatePrivateKey key = new CertificatePrivateKey();
            key.setAlgorithm(privateKey.algorithm() == null ? null : privateKey.algorithm().value());
            key.setSize(privateKey.size());
            key.setRotationPolicy(privateKey.rotation() == null ? null : privateKey.rotation().value());
            spec.setPrivateKey(key);
        }
        spec.setIsCA(isCA ? Boolean.TRUE : null);
        spec.setCommonName(commonName);
        spec.setUsages(usages.stream().map(KeyUsage::value).toList());
        io.fabric8.certmanager.api.model.v1.Certificate certificate =
                new io.fabric8.certmanager.api.model.v1.Certificate();
        certificate.setMetadata(metadata);
        certificate.setSpec(spec);
        return List.of(certificate);
    }
}
