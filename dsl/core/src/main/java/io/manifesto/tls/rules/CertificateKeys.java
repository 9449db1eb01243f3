package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.v1.CertificatePrivateKey;
import io.fabric8.certmanager.api.model.v1.CertificateSpec;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.tls.KeyAlgorithm;
import io.manifesto.tls.KeyUsage;

import java.util.List;

/** A Certificate's private key: a size its algorithm allows, and key encipherment only for RSA keys. */
final class CertificateKeys {

    /** A key size the algorithm does not allow. */
    static final RuleInfo KEY_SIZE = RuleInfo.error("certificate.key-size",
            "a private key size is one its algorithm allows (RSA 2048-8192, ECDSA 256/384/521, Ed25519 none)",
            "cert-manager's webhook refuses any other size");
    /** Key encipherment on a key that is not RSA. */
    static final RuleInfo KEY_ENCIPHERMENT = RuleInfo.warning("certificate.key-encipherment",
            "only an RSA key has the usage key encipherment",
            "RFC 8813 (ECDSA) and RFC 8410 (Ed25519) forbid it, and strict TLS clients reject such certificates");

    /** The rules of this class, for the catalog. */
    static final List<RuleInfo> RULES = List.of(KEY_SIZE, KEY_ENCIPHERMENT);

    private CertificateKeys() {
    }

    /** Checks the private key of {@code spec}; an unknown algorithm is left to cert-manager's webhook. */
    static void check(Findings.On scope, CertificateSpec spec) {
        CertificatePrivateKey key = spec.getPrivateKey();
        if (key == null) {
            return;
        }
        // cert-manager generates an RSA key when the algorithm is left out.
        KeyAlgorithm algorithm = key.getAlgorithm() == null ? KeyAlgorithm.RSA
                : KeyAlgorithm.of(key.getAlgorithm()).orElse(null);
        if (algorithm == null) {
            return;
        }
        List<String> usages = spec.getUsages() == null ? List.of() : spec.getUsages();
        int encipherment = usages.indexOf(KeyUsage.KEY_ENCIPHERMENT.value());
        if (algorithm != KeyAlgorithm.RSA && encipherment >= 0) {
            scope.report(KEY_ENCIPHERMENT, "spec.usages[" + encipherment + "]", KeyUsage.KEY_ENCIPHERMENT.value(),
                    "only RSA keys encipher keys: RFC 8813 (ECDSA) and RFC 8410 (Ed25519) forbid this usage for "
                            + algorithm.value() + " keys, and strict TLS clients reject such certificates",
                    Fix.of("remove KeyUsage.KEY_ENCIPHERMENT from .usages(...), or use an RSA key",
                            "remove \"" + KeyUsage.KEY_ENCIPHERMENT.value() + "\" from spec.usages, or use an RSA"
                                    + " key"));
        }
        if (key.getSize() != null && !algorithm.allows(key.getSize())) {
            scope.report(KEY_SIZE, "spec.privateKey.size", key.getSize(), algorithm.value() + " keys"
                            + (key.getAlgorithm() == null ? " (cert-manager's algorithm when none is set)" : "")
                            + " " + algorithm.allowedSizes(),
                    Fix.of(algorithm.sizeFix()));
        }
    }
}
