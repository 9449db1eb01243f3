package io.manifesto.tls;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverDNS01;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverHTTP01;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverHTTP01Ingress;
import io.fabric8.certmanager.api.model.acme.v1.CertificateDNSNameSelector;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Optional;

/**
 * How an ACME issuer proves it controls a name: an entry of {@code spec.acme.solvers[]}, either HTTP01 through an
 * ingress class or DNS01 through Azure DNS, optionally only for some names ({@code selector}). Immutable.
 */
public final class Solver {

    private final String ingressClass;
    private final AzureDns azureDns;
    private final List<String> dnsNames;
    private final List<String> dnsZones;
    private final Nulls missing;

    private Solver(String ingressClass, AzureDns azureDns, List<String> dnsNames, List<String> dnsZones,
                   Nulls missing) {
        this.ingressClass = ingressClass;
        this.azureDns = azureDns;
        this.dnsNames = List.copyOf(dnsNames);
        this.dnsZones = List.copyOf(dnsZones);
        this.missing = missing;
    }

    /**
     * HTTP01: cert-manager answers the challenge through an ingress of class {@code ingressClassName}
     * ({@code http01.ingress.ingressClassName}). Cannot validate wildcard names.
     */
    public static Solver http01(String ingressClassName) {
        return new Solver(ingressClassName == null ? "" : ingressClassName, null, List.of(), List.of(),
                Nulls.NONE);
    }

    /** DNS01 on Azure DNS ({@code dns01.azureDNS}): works for wildcard names. */
    public static Solver dns01(AzureDns azureDns) {
        AzureDns dns = azureDns == null ? AzureDns.of(null, null) : azureDns;
        return new Solver(null, dns, List.of(), List.of(), new Nulls(dns.missingValues().stream()
                .map(missing -> new MissingValue("dns01.azureDNS." + missing.field(), missing.method())).toList())
                .remember(azureDns, "dns01.azureDNS", "dns01(...)"));
    }

    /** This solver, only for these names: {@code selector.dnsNames}. */
    public Solver forDnsNames(String... names) {
        return new Solver(ingressClass, azureDns, Nulls.appendAll(dnsNames, names), dnsZones,
                missing.rememberAny(names, "selector.dnsNames", "forDnsNames(...)"));
    }

    /** This solver, only for names in these zones (and the zones themselves): {@code selector.dnsZones}. */
    public Solver forDnsZones(String... zones) {
        return new Solver(ingressClass, azureDns, dnsNames, Nulls.appendAll(dnsZones, zones),
                missing.rememberAny(zones, "selector.dnsZones", "forDnsZones(...)"));
    }

    /** {@code true} for a DNS01 solver. */
    public boolean isDns01() {
        return azureDns != null;
    }

    /** The HTTP01 ingress class, for an HTTP01 solver. */
    public Optional<String> http01IngressClass() {
        return Optional.ofNullable(ingressClass);
    }

    /** The Azure DNS settings, for a DNS01 solver. */
    public Optional<AzureDns> azureDns() {
        return Optional.ofNullable(azureDns);
    }

    /** {@code selector.dnsNames}. */
    public List<String> dnsNames() {
        return dnsNames;
    }

    /** {@code selector.dnsZones}. */
    public List<String> dnsZones() {
        return dnsZones;
    }

    /** The {@code null}s passed to this solver's methods (fields relative to the solver), reported by the issuer. */
    public List<MissingValue> missingValues() {
        return missing.values();
    }

    /**
     * {@code true} when cert-manager may use this solver for {@code host} (a wildcard written {@code *.example.com}):
     * no selector, or one whose every part matches ({@link SolverPicker#appliesTo}).
     */
    public boolean appliesTo(String host) {
        return SolverPicker.appliesTo(render(), host);
    }

    /** This solver as an entry of {@code spec.acme.solvers[]}. */
    ACMEChallengeSolver render() {
        ACMEChallengeSolver rendered = new ACMEChallengeSolver();
        if (!dnsNames.isEmpty() || !dnsZones.isEmpty()) {
            CertificateDNSNameSelector selector = new CertificateDNSNameSelector();
            selector.setDnsNames(dnsNames);
            selector.setDnsZones(dnsZones);
            rendered.setSelector(selector);
        }
        if (ingressClass != null) {
            ACMEChallengeSolverHTTP01Ingress ingress = new ACMEChallengeSolverHTTP01Ingress();
            ingress.setIngressClassName(ingressClass);
            ACMEChallengeSolverHTTP01 http01 = new ACMEChallengeSolverHTTP01();
            http01.setIngress(ingress);
            rendered.setHttp01(http01);
        }
        if (azureDns != null) {
            ACMEChallengeSolverDNS01 dns01 = new ACMEChallengeSolverDNS01();
            dns01.setAzureDNS(azureDns.render());
            rendered.setDns01(dns01);
        }
        return rendered;
    }
}
