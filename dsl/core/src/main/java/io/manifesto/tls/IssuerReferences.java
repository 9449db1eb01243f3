package io.manifesto.tls;

import io.manifesto.core.Model;
import io.manifesto.networking.Hosts;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Optional;

/**
 * The rules of using an issuer of the application, shared by ingresses (through the cert-manager annotation) and
 * Certificates: an Issuer object passed to them belongs to the application, a namespaced Issuer only serves its own
 * namespace, and ACME validates wildcard names only through DNS01. An issuer installed outside the application,
 * referred to by an {@link IssuerRef}, is not checked.
 */
public final class IssuerReferences {

    /** Rule id: a namespaced Issuer used from another namespace. */
    public static final String NAMESPACE_RULE = "tls.issuer-namespace";
    /** Rule id: a wildcard name on an ACME issuer without a DNS01 solver for it. */
    public static final String WILDCARD_DNS01_RULE = "tls.wildcard-needs-dns01";
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
                    String host = hosts.get(i);
                    if (Hosts.isWildcard(host)
                            && acme.solvers().stream().noneMatch(s -> s.isDns01() && s.appliesTo(host))) {
                        scope.error(WILDCARD_DNS01_RULE, hostsField + "[" + i + "]", host,
                                "a wildcard name needs a DNS01 solver, and " + ref + " has none that applies to it:"
                                        + " ACME validates wildcards only through DNS records",
                                "add .solver(Solver.dns01(AzureDns.of(...))) to " + ref
                                        + ", or list the names without a wildcard");
                    }
                }
            });
        });
        return issuer;
    }

    private static String describe(Optional<String> namespace) {
        return "\"" + namespace.orElseThrow() + "\"";
    }
}
