package io.manifesto.tls;

import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static io.manifesto.tls.TlsFixtures.build;
import static io.manifesto.tls.TlsFixtures.problems;
import static io.manifesto.tls.TlsFixtures.web;
import static org.assertj.core.api.Assertions.assertThat;

/** Which solver cert-manager picks for a name, and the names that no solver of an ACME issuer can validate. */
class SolverSelectionTest {

    private static Issuer acme(String name, Solver... solvers) {
        Acme acme = letsEncryptProduction().email("ops@contoso.com");
        for (Solver solver : solvers) {
            acme = acme.solver(solver);
        }
        return clusterIssuer(name, acme);
    }

    @Test
    void picksTheSolverWithTheMostSpecificSelectorAndTheFirstOnATie() {
        Solver any = http01("nginx");
        Solver zone = http01("zone").forDnsZones("contoso.com");
        Solver subZone = http01("sub-zone").forDnsZones("internal.contoso.com");
        Solver named = http01("named").forDnsNames("app.internal.contoso.com");
        Solver dns = dns01(azureDns("sub", "rg"));
        Acme acme = letsEncryptProduction().solver(any).solver(zone).solver(subZone).solver(named).solver(dns);

        assertThat(acme.solverFor("app.internal.contoso.com")).containsSame(named);
        assertThat(acme.solverFor("api.internal.contoso.com")).containsSame(subZone);
        assertThat(acme.solverFor("shop.contoso.com")).containsSame(zone);
        assertThat(acme.solverFor("shop.fabrikam.com")).containsSame(any);
        assertThat(acme.solverFor("*.fabrikam.com")).as("only DNS01 validates a wildcard").containsSame(dns);
        assertThat(letsEncryptProduction().solver(any).solver(http01("second")).solverFor("shop.contoso.com"))
                .containsSame(any);
    }

    @Test
    void aSelectorWithNamesAndZonesNeedsBothToMatch() {
        Solver both = dns01(azureDns("sub", "rg")).forDnsNames("*.contoso.com").forDnsZones("fabrikam.com");

        assertThat(both.appliesTo("*.contoso.com")).isFalse();
        assertThat(dns01(azureDns("sub", "rg")).forDnsNames("*.contoso.com").forDnsZones("contoso.com")
                .appliesTo("*.contoso.com")).isTrue();
    }

    @Test
    void rejectsANameOutsideEverySolversSelector() {
        Issuer zoned = acme("zoned", dns01(azureDns("sub", "rg")).forDnsZones("contoso.com"));

        assertThat(problems(zoned, certificate("c", zoned).dnsNames("shop.fabrikam.com"))).containsExactly(
                "error Certificate/c spec.dnsNames[0] = \"shop.fabrikam.com\": no solver of ClusterIssuer/zoned"
                        + " applies to this name: solvers[0] (DNS01) selects dnsZones [contoso.com], and cert-manager"
                        + " fails the order when it can pick no solver (a selector matches a name that is one of its"
                        + " dnsNames and lies in one of its dnsZones, each where set). Fix: add a solver for it to"
                        + " ClusterIssuer/zoned, e.g. .solver(Solver.dns01(AzureDns.of(...))"
                        + ".forDnsNames(\"shop.fabrikam.com\")), or widen a solver's selector. [tls.no-solver]");
    }

    @Test
    void reportsAnInvalidNameOnlyAsAnInvalidName() {
        Issuer zoned = acme("zoned", dns01(azureDns("sub", "rg")).forDnsZones("contoso.com"));

        assertThat(problems(zoned, certificate("c", zoned).dnsNames("Shop.fabrikam.com"))).singleElement()
                .asString().endsWith("[host.name]");
    }

    @Test
    void reportsAnIpAddressOnlyAsAnIpAddress() {
        Issuer zoned = acme("zoned", dns01(azureDns("sub", "rg")).forDnsZones("contoso.com"));
        Deployment web = web();

        assertThat(problems(zoned, certificate("c", zoned).dnsNames("10.0.0.1"))).containsExactly(
                "error Certificate/c spec.dnsNames[0] = \"10.0.0.1\": is an IP address, and a host must be a DNS"
                        + " name. Fix: use the DNS name that points at the address, e.g. \"shop.example.com\"."
                        + " [host.ip]");
        assertThat(problems(zoned, web, ingress("shop").ingressClass("nginx")
                .route("10.0.0.1", "/", web.port("http"))
                .tls(tlsIssuedBy(zoned, "shop-tls", "10.0.0.1")))).containsExactly(
                "error Ingress/shop spec.rules[0].host = \"10.0.0.1\": is an IP address, and a host must be a DNS"
                        + " name. Fix: use the DNS name that points at the address, e.g. \"shop.example.com\"."
                        + " [host.ip]",
                "error Ingress/shop spec.tls[0].hosts[0] = \"10.0.0.1\": is an IP address, and a host must be a DNS"
                        + " name. Fix: use the DNS name that points at the address, e.g. \"shop.example.com\"."
                        + " [host.ip]");
    }

    @Test
    void rejectsAWildcardWhoseSelectorMatchesTheNameButNotTheZone() {
        Issuer and = acme("and",
                dns01(azureDns("sub", "rg")).forDnsNames("*.contoso.com").forDnsZones("fabrikam.com"));

        assertThat(problems(and, certificate("c", and).dnsNames("*.contoso.com"))).containsExactly(
                "error Certificate/c spec.dnsNames[0] = \"*.contoso.com\": no solver of ClusterIssuer/and applies to"
                        + " this name: solvers[0] (DNS01) selects dnsNames [*.contoso.com] and dnsZones"
                        + " [fabrikam.com], and cert-manager fails the order when it can pick no solver (a selector"
                        + " matches a name that is one of its dnsNames and lies in one of its dnsZones, each where"
                        + " set). Fix: add a DNS01 solver for it to ClusterIssuer/and, e.g."
                        + " .solver(Solver.dns01(AzureDns.of(...)).forDnsNames(\"*.contoso.com\")), or widen a"
                        + " solver's selector. [tls.no-solver]");
    }

    @Test
    void rejectsANameOutsideTheAzureHostedZone() {
        Issuer zone = acme("zone", dns01(azureDns("sub", "rg").hostedZone("contoso.com")));

        assertThat(problems(zone, certificate("c", zone).dnsNames("*.fabrikam.com"))).containsExactly(
                "error Certificate/c spec.dnsNames[0] = \"*.fabrikam.com\": the DNS01 solver of ClusterIssuer/zone that"
                        + " cert-manager picks for this name writes the challenge's TXT record into the Azure DNS"
                        + " zone \"contoso.com\""
                        + " (hostedZoneName), which does not hold \"fabrikam.com\", so the CA never sees the record"
                        + " and the order fails. Fix: give ClusterIssuer/zone a DNS01 solver for the zone that holds"
                        + " \"fabrikam.com\", selected with .forDnsZones(...), or leave hostedZone(...) out to let"
                        + " cert-manager find the zone. [tls.outside-hosted-zone]");
    }

    @Test
    void acceptsNamesInsideTheSelectedZoneAndTheHostedZone() {
        Issuer zoned = acme("zoned", dns01(azureDns("sub", "rg").hostedZone("contoso.com"))
                .forDnsZones("contoso.com"));

        assertThat(build(zoned, certificate("c", zoned)
                .dnsNames("contoso.com", "*.contoso.com", "shop.eu.contoso.com")).report().warnings()).isEmpty();
    }

    @Test
    void acceptsAnyNameOnASolverWithoutSelector() {
        Issuer open = acme("open", http01("nginx").forDnsZones("contoso.com"), dns01(azureDns("sub", "rg")));

        assertThat(build(open, certificate("c", open).dnsNames("shop.fabrikam.com", "*.fabrikam.com"))
                .report().warnings()).isEmpty();
    }
}
