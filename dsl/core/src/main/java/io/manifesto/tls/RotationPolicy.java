package io.manifesto.tls;

/** Whether a renewal makes a new private key: {@code spec.privateKey.rotationPolicy}. */
public enum RotationPolicy {
    /** {@code Always}: a new key on every issuance (cert-manager's default from 1.18). */
    ALWAYS("Always"),
    /** {@code Never}: keep the key in the secret. */
    NEVER("Never");

    private final String value;

    RotationPolicy(String value) {
        this.value = value;
    }

    /** The value cert-manager spells. */
    public String value() {
        return value;
    }
}
