package io.manifesto.tls;

import java.util.List;

/** The private key algorithm of a Certificate, {@code spec.privateKey.algorithm}, with the sizes it allows. */
public enum KeyAlgorithm {
    /** {@code RSA}: size 2048 (cert-manager's default), 3072, 4096 or 8192 bits. */
    RSA("RSA", List.of(2048, 3072, 4096, 8192)),
    /** {@code ECDSA}: curve size 256 (the default), 384 or 521. */
    ECDSA("ECDSA", List.of(256, 384, 521)),
    /** {@code Ed25519}: fixed size; {@code size} must be left out. */
    ED25519("Ed25519", List.of());

    private final String value;
    private final List<Integer> sizes;

    KeyAlgorithm(String value, List<Integer> sizes) {
        this.value = value;
        this.sizes = sizes;
    }

    /** The value cert-manager spells, e.g. {@code ECDSA}. */
    public String value() {
        return value;
    }

    /** The sizes {@code spec.privateKey.size} may take; empty when the size is fixed. */
    public List<Integer> sizes() {
        return sizes;
    }
}
