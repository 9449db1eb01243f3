package io.manifesto.tls;

/**
 * The private key of a Certificate: {@code spec.privateKey.algorithm}, {@code size} and {@code rotationPolicy}.
 *
 * @param algorithm {@code algorithm}, or {@code null} for cert-manager's default (RSA)
 * @param size      {@code size}, or {@code null} for the algorithm's default
 * @param rotation  {@code rotationPolicy}, or {@code null} for cert-manager's default
 */
public record PrivateKey(KeyAlgorithm algorithm, Integer size, RotationPolicy rotation) {

    /** An RSA key of {@code bits} bits, from 2048 to 8192. */
    public static PrivateKey rsa(int bits) {
        return new PrivateKey(KeyAlgorithm.RSA, bits, null);
    }

    /** An ECDSA key on the curve of {@code size} (256, 384 or 521). */
    public static PrivateKey ecdsa(int size) {
        return new PrivateKey(KeyAlgorithm.ECDSA, size, null);
    }

    /** An Ed25519 key. */
    public static PrivateKey ed25519() {
        return new PrivateKey(KeyAlgorithm.ED25519, null, null);
    }

    /** This key with {@code rotationPolicy}. */
    public PrivateKey rotation(RotationPolicy policy) {
        return new PrivateKey(algorithm, size, policy);
    }
}
