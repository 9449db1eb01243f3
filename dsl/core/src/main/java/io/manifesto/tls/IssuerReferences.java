package io.manifesto.tls;

import io.manifesto.core.Model;
import io.manifesto.validate.Problems;

import java.util.Optional;

/**
 * The rules of using an issuer of the application, shared by ingresses (through the cert-manager annotation) and
 * Certificates: an Issuer object passed to them belongs to the application, and a namespaced Issuer only serves its
 * own namespace. Both need the DSL's intent: which {@code Issuer} value was meant, wherever it lives. The names an
 * ACME issuer validates are checked on the objects ({@code io.manifesto.tls.rules.IssuedNameRules}). An issuer
 * installed outside the application, referred to by an {@link IssuerRef}, is not checked.
 */
public final class IssuerReferences {

    /** Rule id: a namespaced Issuer used from another namespace. */
    public static final String NAMESPACE_RULE = "tls.issuer-namespace";
    /**
     * Rule id: an {@link Issuer} object passed to {@code tlsIssuedBy(...)} or {@code certificate(...)} that the
     * application does not contain, so that nothing creates it.
     */
    public static final String MISSING_RULE = "tls.issuer-missing";

    private IssuerReferences() {
    }

    /**
     * Checks that {@code scope}'s resource (in {@code namespace}) may get certificates from {@code ref}.
     *
     * @param ofApplication {@code true} when {@code ref} was made from an {@link Issuer} object, which the application
     *                      must then contain
     * @param refField      the field path of the reference
     * @param namespace     the namespace of the object that uses the issuer
     */
    public static void check(Model model, Problems.Scope scope, IssuerRef ref, boolean ofApplication,
                                         String refField, Optional<String> namespace) {
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
        });
    }

    private static String describe(Optional<String> namespace) {
        return "\"" + namespace.orElseThrow() + "\"";
    }
}
