package io.manifesto.tls;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The private key algorithm of a Certificate, {@code spec.privateKey.algorithm}, with the sizes cert-manager's
 * webhook allows. Each algorithm knows its own sizes, so the check and the message that explains it cannot disagree.
 */
public enum KeyAlgorithm {
    /** {@code RSA}: any size from 2048 (cert-manager's default) to 8192 bits; the algorithm when none is set. */
    RSA("RSA") {
        @Override
        public boolean allows(int size) {
            return size >= MINIMUM_RSA_SIZE && size <= MAXIMUM_RSA_SIZE;
        }

        @Override
        public String allowedSizes() {
            return "take a size from " + MINIMUM_RSA_SIZE + " to " + MAXIMUM_RSA_SIZE + " bits";
        }

        @Override
        public String sizeFix() {
            return "use a size in that range, e.g. 2048 (the default), 3072 or 4096";
        }
    },
    /** {@code ECDSA}: curve size 256 (the default), 384 or 521. */
    ECDSA("ECDSA") {
        @Override
        public boolean allows(int size) {
            return ECDSA_SIZES.contains(size);
        }

        @Override
        public String allowedSizes() {
            return "take the sizes " + ECDSA_SIZES;
        }

        @Override
        public String sizeFix() {
            return "use one of " + ECDSA_SIZES;
        }
    },
    /** {@code Ed25519}: fixed size; {@code size} must be left out. */
    ED25519("Ed25519") {
        @Override
        public boolean allows(int size) {
            return false;
        }

        @Override
        public String allowedSizes() {
            return "have a fixed size";
        }

        @Override
        public String sizeFix() {
            return "leave the size out";
        }
    };

    /** The smallest RSA key cert-manager generates, in bits. */
    public static final int MINIMUM_RSA_SIZE = 2048;
    /** The largest RSA key cert-manager generates, in bits. */
    public static final int MAXIMUM_RSA_SIZE = 8192;
    /** The ECDSA curve sizes cert-manager generates, in bits. */
    public static final List<Integer> ECDSA_SIZES = List.of(256, 384, 521);

    private final String value;

    KeyAlgorithm(String value) {
        this.value = value;
    }

    /** The value cert-manager spells, e.g. {@code ECDSA}. */
    public String value() {
        return value;
    }

    /** {@code true} when {@code spec.privateKey.size} may be {@code size} for this algorithm. */
    public abstract boolean allows(int size);

    /** The sizes this algorithm's keys take, as the end of a sentence about "ECDSA keys". */
    public abstract String allowedSizes();

    /** How to fix a size this algorithm does not allow. */
    public abstract String sizeFix();

    /** The algorithm cert-manager spells {@code value}, e.g. {@code ECDSA}; empty for any other value. */
    public static Optional<KeyAlgorithm> of(String value) {
        return Arrays.stream(values()).filter(algorithm -> algorithm.value.equals(value)).findFirst();
    }
}
