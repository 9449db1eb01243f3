package io.manifesto.tls;

/**
 * A self-signed issuer, {@code spec.selfSigned: {}}: each certificate signs itself. For clusters without public DNS,
 * and to bootstrap the root of a {@link CaSigning} issuer.
 */
public record SelfSigned() implements IssuerType {
}
