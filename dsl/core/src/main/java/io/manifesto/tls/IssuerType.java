package io.manifesto.tls;

/**
 * How an issuer signs certificates, one of the blocks of a cert-manager issuer's {@code spec}: {@link Acme}
 * ({@code spec.acme}, e.g. Let's Encrypt), {@link SelfSigned} ({@code spec.selfSigned}) or {@link CaSigning}
 * ({@code spec.ca}).
 */
public sealed interface IssuerType permits Acme, SelfSigned, CaSigning {
}
