package io.manifesto.tls;

/**
 * A self-signed issuer, {@code spec.selfSigned: {}}: each certificate signs itself. For clusters without public DNS,
 * and to bootstrap the root of a {@link CaSigning} issuer: a {@link Certificate} from it with
 * {@link Certificate#isCA(boolean) isCA(true)} writes the key pair that the CA issuer reads.
 */
public record SelfSigned() implements IssuerType {
}
