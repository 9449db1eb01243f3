package io.manifesto.tls;

/** What a certificate may be used for: {@code spec.usages[]}, spelled as cert-manager spells them. */
public enum KeyUsage {
    /** {@code signing}. */
    SIGNING("signing"),
    /** {@code digital signature}. */
    DIGITAL_SIGNATURE("digital signature"),
    /** {@code content commitment}. */
    CONTENT_COMMITMENT("content commitment"),
    /** {@code key encipherment}. */
    KEY_ENCIPHERMENT("key encipherment"),
    /** {@code key agreement}. */
    KEY_AGREEMENT("key agreement"),
    /** {@code data encipherment}. */
    DATA_ENCIPHERMENT("data encipherment"),
    /** {@code cert sign}. */
    CERT_SIGN("cert sign"),
    /** {@code crl sign}. */
    CRL_SIGN("crl sign"),
    /** {@code server auth}. */
    SERVER_AUTH("server auth"),
    /** {@code client auth}. */
    CLIENT_AUTH("client auth"),
    /** {@code code signing}. */
    CODE_SIGNING("code signing"),
    /** {@code email protection}. */
    EMAIL_PROTECTION("email protection"),
    /** {@code timestamping}. */
    TIMESTAMPING("timestamping"),
    /** {@code ocsp signing}. */
    OCSP_SIGNING("ocsp signing");

    private final String value;

    KeyUsage(String value) {
        this.value = value;
    }

    /** The value cert-manager spells, e.g. {@code server auth}. */
    public String value() {
        return value;
    }
}
