package io.manifesto.tls;

import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A TLS section of an ingress, {@code spec.tls[]}: the hosts it covers and the {@code kubernetes.io/tls} secret that
 * holds their certificate. The secret either exists already (made with {@code kubectl create secret tls}; the library
 * never writes private keys), or cert-manager issues it: the ingress then gets the annotation
 * {@code cert-manager.io/cluster-issuer} or {@code cert-manager.io/issuer}, and cert-manager creates a Certificate
 * named after the secret whose names are exactly these hosts.
 *
 * @param secretName {@code secretName}
 * @param hosts      {@code hosts}: the certificate's names
 * @param issuer     the issuer that cert-manager asks, or {@code null} for an existing secret
 * @param certificate the explicit Certificate that writes the secret ({@link #fromCertificate(Certificate)}), or
 *                    {@code null}; the ingress checks that the application contains it
 * @param missingValues the {@code null}s passed when making it (fields relative to {@code spec.tls[]}), reported by
 *                      the ingress
 * @param issuerOfApplication {@code true} when the issuer was passed as an {@link Issuer} object, which the application
 *                            must then contain; {@code false} for one installed separately ({@link IssuerRef})
 */
public record Tls(String secretName, List<String> hosts, IssuerRef issuer, ResourceId certificate,
                  List<MissingValue> missingValues, boolean issuerOfApplication) {

    /**
     * A TLS section; a {@code null} list of hosts or host is left out and reported as {@code input.null} when the
     * application is built, as are the {@code missingValues}.
     */
    public Tls {
        secretName = Objects.requireNonNullElse(secretName, "");
        String[] given = hosts == null ? null : hosts.toArray(String[]::new);
        missingValues = new Nulls(Nulls.present(missingValues == null ? null
                : missingValues.toArray(MissingValue[]::new))).rememberAny(given, "hosts", "new Tls(...)").values();
        hosts = Nulls.present(given);
    }

    /**
     * A TLS section of {@code hosts} in {@code secretName}, from {@code issuer} (installed separately), an existing
     * secret or {@code certificate}, with the {@code null}s passed when making it.
     */
    public Tls(String secretName, List<String> hosts, IssuerRef issuer, ResourceId certificate,
               List<MissingValue> missingValues) {
        this(secretName, hosts, issuer, certificate, missingValues, false);
    }

    /**
     * A TLS section of {@code hosts} in {@code secretName}, from {@code issuer} or an existing secret, with the
     * {@code null}s passed when making it.
     */
    public Tls(String secretName, List<String> hosts, IssuerRef issuer, List<MissingValue> missingValues) {
        this(secretName, hosts, issuer, null, missingValues);
    }

    /** A TLS section of {@code hosts} in {@code secretName}, from {@code issuer} or an existing secret. */
    public Tls(String secretName, List<String> hosts, IssuerRef issuer) {
        this(secretName, hosts, issuer, List.of());
    }

    /** TLS from the existing {@code kubernetes.io/tls} secret {@code secretName}, for {@code hosts}. */
    public static Tls fromSecret(String secretName, String... hosts) {
        return new Tls(secretName, Nulls.present(hosts), null,
                Nulls.NONE.rememberAny(hosts, "hosts", "tlsFromSecret(...)").values());
    }

    /** TLS whose certificate cert-manager gets from {@code issuer} (an issuer of the application) into the secret. */
    public static Tls issuedBy(Issuer issuer, String secretName, String... hosts) {
        return issued(issuer == null ? null : issuer.ref(), true, secretName, hosts);
    }

    /**
     * TLS whose certificate cert-manager gets from the issuer {@code ref} (installed separately) into the secret. A
     * {@code null} issuer is reported on the TLS section when the application is built.
     */
    public static Tls issuedBy(IssuerRef ref, String secretName, String... hosts) {
        return issued(ref, false, secretName, hosts);
    }

    private static Tls issued(IssuerRef ref, boolean ofApplication, String secretName, String[] hosts) {
        return new Tls(secretName, Nulls.present(hosts), ref, null, Nulls.NONE.remember(ref, "", "tlsIssuedBy(...)")
                .rememberAny(hosts, "hosts", "tlsIssuedBy(...)").values(), ofApplication);
    }

    /**
     * TLS from the secret an explicit {@link Certificate} writes, for the certificate's DNS names. A {@code null}
     * certificate is reported on the TLS section when the application is built.
     */
    public static Tls fromCertificate(Certificate certificate) {
        if (certificate == null) {
            return new Tls("", List.of(), null, List.of(new MissingValue("", "Tls.fromCertificate(...)")));
        }
        return new Tls(certificate.secretName(), certificate.dnsNames(), null, certificate.id(), List.of());
    }

    /** The explicit Certificate that writes the secret, when made with {@link #fromCertificate(Certificate)}. */
    public Optional<ResourceId> certificateId() {
        return Optional.ofNullable(certificate);
    }

    /** The issuer asked through the ingress annotation, when cert-manager issues the secret. */
    public Optional<IssuerRef> issuerRef() {
        return Optional.ofNullable(issuer);
    }
}
