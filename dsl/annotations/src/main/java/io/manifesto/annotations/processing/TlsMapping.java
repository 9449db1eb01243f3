package io.manifesto.annotations.processing;

import io.manifesto.annotations.LetsEncrypt;
import io.manifesto.networking.Ingress;
import io.manifesto.tls.Acme;
import io.manifesto.tls.AzureDns;
import io.manifesto.tls.Issuer;
import io.manifesto.tls.ManagedIdentity;
import io.manifesto.tls.Solver;

import java.util.List;
import java.util.Optional;

import static io.manifesto.Manifesto.azureDns;
import static io.manifesto.Manifesto.clusterIssuer;
import static io.manifesto.Manifesto.dns01;
import static io.manifesto.Manifesto.http01;
import static io.manifesto.Manifesto.ingress;
import static io.manifesto.Manifesto.letsEncryptProduction;
import static io.manifesto.Manifesto.letsEncryptStaging;
import static io.manifesto.Manifesto.tlsIssuedBy;

/**
 * {@link LetsEncrypt} onto the DSL's {@code clusterIssuer(...)} and an ingress like dekorate's (same name, class,
 * host and backend port) with {@code tlsIssuedBy(...)}: the ClusterIssuer is added as it renders, and the ingress
 * lends its {@code spec.tls} and cert-manager annotation to dekorate's.
 */
final class TlsMapping {

    private TlsMapping() {
    }

    static void map(AnnotationView view, Draft draft) {
        DekorateApplication application = draft.application();
        Optional<String> host = application.ingressHost();
        String owner = draft.mistakes().element().getSimpleName().toString();
        if (host.isEmpty()) {
            draft.mistakes().error(view.mirror(), null, "@LetsEncrypt on " + owner + ": dekorate writes no Ingress "
                    + "to secure. Fix: add ingress = @Ingress(host = \"...\", expose = true) to "
                    + "@KubernetesApplication.");
            return;
        }
        Optional<Solver> solver = solver(view, application, draft, owner);
        if (solver.isEmpty()) {
            return;
        }
        Acme acme = (view.bool("staging") ? letsEncryptStaging() : letsEncryptProduction())
                .email(view.string("email")).solver(solver.get());
        Issuer issuer = clusterIssuer(view.string("issuer"), acme);
        List<String> hosts = view.strings("hosts").isEmpty() ? List.of(host.get()) : view.strings("hosts");
        String secret = view.string("secretName").isEmpty() ? application.name() + "-tls" : view.string("secretName");
        Ingress ingress = ingress(application.name());
        if (application.ingressClass().isPresent()) {
            ingress = ingress.ingressClass(application.ingressClass().get());
        }
        ingress = ingress.route(host.get(), "/", draft.workload().port(application.ingress().string("targetPort")))
                .tls(tlsIssuedBy(issuer, secret, hosts.toArray(String[]::new)));
        draft.add(issuer);
        draft.add(ingress);
        Origins origins = draft.origins();
        origins.add("ClusterIssuer", "", view, null);
        origins.add("ClusterIssuer", "metadata.name", view, "issuer");
        origins.add("ClusterIssuer", "spec.acme.email", view, "email");
        origins.add("ClusterIssuer", "spec.acme.solvers", view, view.isWritten("azureDns") ? "azureDns"
                : "http01IngressClass");
        origins.add("Ingress", "spec.tls", view, view.isWritten("hosts") ? "hosts" : null);
        origins.add("Ingress", "spec.tls[" + secret + "].secretName", view, "secretName");
    }

    private static Optional<Solver> solver(AnnotationView view, DekorateApplication application, Draft draft,
                                           String owner) {
        AnnotationView dns = view.nested("azureDns");
        if (!dns.string("subscriptionId").isEmpty()) {
            AzureDns zone = azureDns(dns.string("subscriptionId"), dns.string("resourceGroup"));
            if (!dns.string("hostedZone").isEmpty()) {
                zone = zone.hostedZone(dns.string("hostedZone"));
            }
            if (!dns.string("managedIdentityClientId").isEmpty()) {
                zone = zone.managedIdentity(ManagedIdentity.clientId(dns.string("managedIdentityClientId")));
            }
            if (!dns.string("managedIdentityResourceId").isEmpty()) {
                zone = zone.managedIdentity(ManagedIdentity.resourceId(dns.string("managedIdentityResourceId")));
            }
            return Optional.of(dns01(zone));
        }
        Optional<String> ingressClass = view.string("http01IngressClass").isEmpty()
                ? application.ingressClass() : Optional.of(view.string("http01IngressClass"));
        if (ingressClass.isEmpty()) {
            draft.mistakes().error(view.mirror(), null, "@LetsEncrypt on " + owner + ": the HTTP01 solver needs an "
                    + "ingress class. Fix: write http01IngressClass = \"nginx\" (or ingressClassName in @Ingress), "
                    + "or solve DNS01 with azureDns = @AzureDnsSolver(...).");
            return Optional.empty();
        }
        return Optional.of(http01(ingressClass.get()));
    }
}
