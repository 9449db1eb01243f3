package io.manifesto.tls;

import java.util.List;
import java.util.Objects;

/**
 * The certificate profile an ACME issuer asks the CA for: {@code spec.acme.profile}, read by cert-manager 1.18 and
 * later (older versions drop the field). A profile is the CA's own; Let's Encrypt offers {@link #CLASSIC} (its
 * default: 90 days), {@link #TLS_SERVER} (90 days, for TLS servers only) and {@link #SHORT_LIVED} (160 hours, about
 * six days). Another CA's profile is named with {@link #of(String)}.
 *
 * @param name the profile's name, as the CA lists it in its directory
 */
public record AcmeProfile(String name) {

    /** Let's Encrypt's {@code classic}: the profile it uses when none is asked, 90-day certificates. */
    public static final AcmeProfile CLASSIC = new AcmeProfile("classic");
    /** Let's Encrypt's {@code tlsserver}: 90-day certificates for TLS servers only (no client authentication). */
    public static final AcmeProfile TLS_SERVER = new AcmeProfile("tlsserver");
    /** Let's Encrypt's {@code shortlived}: certificates that last 160 hours, renewed every few days. */
    public static final AcmeProfile SHORT_LIVED = new AcmeProfile("shortlived");

    /** The profiles Let's Encrypt offers, production and staging alike. */
    public static final List<AcmeProfile> LETS_ENCRYPT = List.of(CLASSIC, TLS_SERVER, SHORT_LIVED);

    /** The lifetime of a Let's Encrypt {@link #SHORT_LIVED} certificate: 160 hours. */
    public static final GoDuration SHORT_LIVED_LIFETIME = GoDuration.hours(160);

    public AcmeProfile {
        name = Objects.requireNonNullElse(name, "");
    }

    /** The profile named {@code name} in the CA's directory, e.g. one of another CA than Let's Encrypt. */
    public static AcmeProfile of(String name) {
        return new AcmeProfile(name);
    }

    /** The name, as {@code spec.acme.profile} writes it. */
    @Override
    public String toString() {
        return name;
    }
}
