package io.manifesto.tls;

/**
 * The private key algorithm of a Certificate, {@code spec.privateKey.algorithm}, with the sizes cert-manager's
 * webhook allows.
 */
public enum KeyAlgorithm {
    /** {@code RSA}: any size from 2048 (cert-manager's default) to 8192 bits; the algorithm when none is set. */
    RSA("RSA"),
    /** {@code ECDSA}: curve size 256 (the default), 384 or 521. */
    ECDSA("ECDSA"),
    /** {@code Ed25519}: fixed size; {@code size} must be left out. */
    ED25519("Ed25519");

    /** The smallest RSA key cert-manager generates, in bits. */
    public static final int MINIMUM_RSA_SIZE = 2048;
    /** The largest RSA key cert-manager generates, in bits. */
    public static final int MAXIMUM_RSA_SIZE = 8192;

    private final String value;

    KeyAlgorithm(String value) {
        this.value = value;
    }

    /** The value cert-manager spells, e.g. {@code ECDSA}. */
    public String value() {
        return value;
    }

    /** {@code true} when {@code spec.privateKey.size} may be {@code size} for this algorithm. */
    public boolean allows(int size) {
        return switch (this) {
            case RSA -> size >= MINIMUM_RSA_SIZE && size <= MAXIMUM_RSA_SIZE;
            case ECDSA -> size == 256 || size == 384 || size == 521;
            case ED25519 -> false;
        };
    }
}
