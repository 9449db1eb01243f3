package io.manifesto.tls;

import io.manifesto.core.Model;
import io.manifesto.hosts.Hosts;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of using an issuer of the application, shared by ingresses (through the cert-manager annotation) and
 * Certificates: an Issuer object passed to them belongs to the application, a namespaced Issuer only serves its own
 * namespace, and ACME validates each name through the solver cert-manager picks for it (wildcards only through
 * DNS01, Azure DNS only inside its hosted zone). An issuer installed outside the application, referred to by an
 * {@link IssuerRef}, is not checked.
 */
public final class IssuerReferences {

    /** Rule id: a namespaced Issuer used from another namespace. */
    public static final String NAMESPACE_RULE = "tls.issuer-namespace";
    /** Rule id: a wildcard name on an ACME issuer without a DNS01 solver for it. */
    public static final String WILDCARD_DNS01_RULE = "tls.wildcard-needs-dns01";
    /**
     * Rule id: a name that no solver of an ACME issuer applies to (cert-manager picks no solver and fails the order):
     * every solver has a selector, and none matches the name.
     */
    public static final String NO_SOLVER_RULE = "tls.no-solver";
    /**
     * Rule id: a name whose DNS01 solver on Azure DNS writes into a {@code hostedZoneName} that does not hold the name,
     * so the CA never sees the challenge record.
     */
    public static final String HOSTED_ZONE_RULE = "tls.outside-hosted-zone";
    /**
     * Rule id: an {@link Issuer} object passed to {@code tlsIssuedBy(...)} or {@code certificate(...)} that the
     * application does not contain, so that nothing creates it.
     */
    public static final String MISSING_RULE = "tls.issuer-missing";

    private IssuerReferences() {
    }

    /**
     * Checks that {@code user} (in {@code namespace}) may get certificates for {@code hosts} from {@code ref}, and
     * returns the issuer when the application has it.
     *
     * @param ofApplication {@code true} when {@code ref} was made from an {@link Issuer} object, which the application
     *                      must then contain
     * @param refField      the field path of the reference
     * @param hostsField    the field path of the host list, without index
     */
    public static Optional<Issuer> check(Model model, Problems.Scope scope, IssuerRef ref, boolean ofApplication,
                                         String refField, Optional<String> namespace, List<String> hosts,
                                         String hostsField) {
        Optional<Issuer> issuer = model.component(ref.id(), Issuer.class);
        if (issuer.isEmpty() && ofApplication) {
            scope.error(MISSING_RULE, refField, ref.name(),
                    "the certificate comes from " + ref + ", which the application does not contain, so nothing"
                            + " creates the issuer and cert-manager issues no certificate",
                    "add " + ref + " to the application, or refer to an issuer that already exists in the cluster"
                            + " with IssuerRef." + ref.kind().factory() + "(\"" + ref.name() + "\")");
        }
        issuer.ifPresent(found -> {
            Optional<String> issuerNamespace = found.namespaceIn(model);
            if (found.kind() == IssuerKind.ISSUER && !issuerNamespace.equals(namespace)) {
                if (namespace.isPresent()) {
                    scope.error(NAMESPACE_RULE, refField, ref.name(),
                            ref + " lives in namespace " + describe(issuerNamespace) + " but " + scope.resource()
                                    + " is in namespace " + describe(namespace)
                                    + ", and a namespaced Issuer only signs certificates of its own namespace",
                            "move " + ref + " into namespace " + describe(namespace) + ", or use a ClusterIssuer");
                } else {
                    // Without a namespace, the user's objects land wherever kubectl applies them.
                    scope.error(NAMESPACE_RULE, refField, ref.name(),
                            ref + " lives in namespace " + describe(issuerNamespace) + " but " + scope.resource()
                                    + " has no namespace, so it lands in the one kubectl applies to, which may be"
                                    + " another, and a namespaced Issuer only signs certificates of its own namespace",
                            "give the application .namespace(" + describe(issuerNamespace) + "), or leave the"
                                    + " namespace of " + ref + " out so that both land together");
                }
            }
            found.acme().ifPresent(acme -> {
                for (int i = 0; i < hosts.size(); i++) {
                    checkSolver(scope, ref, acme, hostsField + "[" + i + "]", hosts.get(i));
                }
            });
        });
        return issuer;
    }

    /**
     * ACME validates {@code host} through the solver cert-manager picks for it ({@link Acme#solverFor(String)}): a
     * wildcard only through DNS01, a name only through a solver whose selector matches it, and Azure DNS only inside
     * its {@code hostedZoneName}. An issuer without solvers is reported by the issuer itself.
     */
    private static void checkSolver(Problems.Scope scope, IssuerRef ref, Acme acme, String field, String host) {
        // an invalid host is reported by the host check, once
        if (acme.solvers().isEmpty() || !Hosts.isValid(host)) {
            return;
        }
        String name = Hosts.withoutWildcard(host);
        Optional<Solver> picked = acme.solverFor(host);
        if (picked.isEmpty() && Hosts.isWildcard(host) && acme.solvers().stream().anyMatch(s -> s.appliesTo(host))) {
            scope.error(WILDCARD_DNS01_RULE, field, host,
                    "a wildcard name needs a DNS01 solver, and " + ref + " has none that applies to it:"
                            + " ACME validates wildcards only through DNS records",
                    "add .solver(Solver.dns01(AzureDns.of(...))) to " + ref + ", or list the names without a"
                            + " wildcard");
        } else if (picked.isEmpty()) {
            scope.error(NO_SOLVER_RULE, field, host,
                    "no solver of " + ref + " applies to this name: " + selectors(acme) + ", and cert-manager fails"
                            + " the order when it can pick no solver (a selector matches a name that is one of its"
                            + " dnsNames and lies in one of its dnsZones, each where set)",
                    "add a " + (Hosts.isWildcard(host) ? "DNS01 " : "") + "solver for it to " + ref + ", e.g."
                            + " .solver(Solver.dns01(AzureDns.of(...)).forDnsNames(\"" + host + "\")), or widen a"
                            + " solver's selector");
        } else {
            picked.get().azureDns().map(AzureDns::hostedZone)
                    .filter(zone -> !Hosts.inZone(host, zone))
                    .ifPresent(zone -> scope.error(HOSTED_ZONE_RULE, field, host,
                            "the DNS01 solver of " + ref + " that cert-manager picks for this name writes the"
                                    + " challenge's TXT record into the Azure DNS zone \"" + zone + "\" (hostedZoneName), which does not hold \""
                                    + name + "\", so the CA never sees the record and the order fails",
                            "give " + ref + " a DNS01 solver for the zone that holds \"" + name + "\", selected with"
                                    + " .forDnsZones(...), or leave hostedZone(...) out to let cert-manager find the"
                                    + " zone"));
        }
    }

    /** The selectors of the solvers, e.g. {@code solvers[0] selects dnsZones [example.com]}. */
    private static String selectors(Acme acme) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < acme.solvers().size(); i++) {
            Solver solver = acme.solvers().get(i);
            List<String> parts = new ArrayList<>();
            if (!solver.dnsNames().isEmpty()) {
                parts.add("dnsNames " + solver.dnsNames());
            }
            if (!solver.dnsZones().isEmpty()) {
                parts.add("dnsZones " + solver.dnsZones());
            }
            described.add("solvers[" + i + "] " + (solver.isDns01() ? "(DNS01)" : "(HTTP01)") + " selects "
                    + (parts.isEmpty() ? "every name" : String.join(" and ", parts)));
        }
        return String.join("; ", described);
    }

    private static String describe(Optional<String> namespace) {
        return "\"" + namespace.orElseThrow() + "\"";
    }
}
