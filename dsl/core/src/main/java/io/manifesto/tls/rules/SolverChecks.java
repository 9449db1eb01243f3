package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverHTTP01Ingress;
import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuerDNS01ProviderAzureDNS;
import io.fabric8.certmanager.api.model.acme.v1.AzureManagedIdentity;
import io.manifesto.hosts.Hosts;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.stream.Stream;

/** One ACME solver: its selector's names and zones, an HTTP01 solver's ingress class, DNS01 on Azure DNS. */
final class SolverChecks {

    /** An HTTP01 solver without an ingress class, or with more than one way of naming it. */
    static final RuleInfo HTTP01_CLASS = RuleInfo.error("acme.http01-ingress-class",
            "an HTTP01 solver names the ingress class that serves the challenge, in one of ingressClassName, class or"
                    + " name",
            "cert-manager answers the challenge through an ingress of that class, and refuses a solver that sets"
                    + " more than one of the three");
    /** Azure DNS without subscription or resource group. */
    static final RuleInfo AZURE_DNS_REQUIRED = RuleInfo.error("azure-dns.required",
            "Azure DNS names the subscription and the resource group of the zone",
            "cert-manager cannot find the zone to write the challenge record into without them");
    /** A managed identity with both or neither of client ID and resource ID. */
    static final RuleInfo MANAGED_IDENTITY = RuleInfo.error("azure-dns.managed-identity",
            "a managed identity is named by its client ID or its resource ID, exactly one",
            "Azure picks no identity from both or neither, and cert-manager cannot sign in");
    /** Azure DNS with ambient credentials on a namespaced Issuer. */
    static final RuleInfo NAMESPACED_IDENTITY = RuleInfo.warning("issuer.namespaced-managed-identity",
            "Azure DNS with ambient credentials is used from a ClusterIssuer",
            "cert-manager lets only ClusterIssuers use ambient credentials unless started with"
                    + " --issuer-ambient-credentials");

    /** The rules of this class, for the catalog. */
    static final List<RuleInfo> RULES = List.of(HTTP01_CLASS, AZURE_DNS_REQUIRED, MANAGED_IDENTITY,
            NAMESPACED_IDENTITY);

    private SolverChecks() {
    }

    /** Checks {@code solver} of a (cluster) issuer at {@code scope} ({@code spec.acme.solvers[i]}). */
    static void check(Findings.On scope, boolean cluster, ACMEChallengeSolver solver) {
        if (solver.getSelector() != null) {
            List<String> names = solver.getSelector().getDnsNames();
            for (int i = 0; names != null && i < names.size(); i++) {
                if (names.get(i) != null) {
                    Hosts.check(scope, "selector.dnsNames[" + i + "]", names.get(i));
                }
            }
            List<String> zones = solver.getSelector().getDnsZones();
            for (int i = 0; zones != null && i < zones.size(); i++) {
                if (zones.get(i) != null) {
                    Hosts.checkZone(scope, "selector.dnsZones[" + i + "]", zones.get(i));
                }
            }
        }
        if (solver.getHttp01() != null && solver.getHttp01().getIngress() != null) {
            checkHttp01(scope, solver.getHttp01().getIngress());
        }
        if (solver.getDns01() != null && solver.getDns01().getAzureDNS() != null) {
            checkAzureDns(scope.field("dns01.azureDNS"), cluster, solver.getDns01().getAzureDNS());
        }
    }

    private static void checkHttp01(Findings.On scope, ACMEChallengeSolverHTTP01Ingress ingress) {
        long named = Stream.of(ingress.getIngressClassName(), ingress.getClassName(), ingress.getName())
                .filter(value -> value != null).count();
        String ingressClass = ingress.getIngressClassName();
        if (named > 1) {
            scope.report(HTTP01_CLASS, "http01.ingress", null,
                    "sets more than one of ingressClassName, class and name, and cert-manager refuses such a solver",
                    Fix.of("keep only ingressClassName: the class of your ingress controller"));
        } else if (ingressClass != null && ingressClass.isBlank()) {
            scope.report(HTTP01_CLASS, "http01.ingress.ingressClassName", ingressClass,
                    "an HTTP01 solver needs the ingress class that serves the challenge",
                    Fix.of("pass the class of your ingress controller, e.g. Solver.http01(\"nginx\")",
                            "set ingressClassName to the class of your ingress controller, e.g. nginx"));
        } else if (ingressClass != null) {
            // cert-manager writes it into spec.ingressClassName of the challenge's ingress.
            Names.checkDns1123Subdomain(scope, "http01.ingress.ingressClassName", ingressClass);
        }
    }

    private static void checkAzureDns(Findings.On scope, boolean cluster, ACMEIssuerDNS01ProviderAzureDNS dns) {
        if (dns.getSubscriptionID() == null || dns.getSubscriptionID().isBlank()) {
            scope.report(AZURE_DNS_REQUIRED, "subscriptionID", dns.getSubscriptionID(),
                    "Azure DNS needs the subscription that holds the DNS zone",
                    Fix.of("pass the subscription ID to AzureDns.of(subscriptionId, resourceGroup)",
                            "set subscriptionID to the subscription that holds the DNS zone"));
        }
        if (dns.getResourceGroupName() == null || dns.getResourceGroupName().isBlank()) {
            scope.report(AZURE_DNS_REQUIRED, "resourceGroupName", dns.getResourceGroupName(),
                    "Azure DNS needs the resource group that holds the DNS zone",
                    Fix.of("pass the resource group to AzureDns.of(subscriptionId, resourceGroup)",
                            "set resourceGroupName to the resource group that holds the DNS zone"));
        }
        if (dns.getHostedZoneName() != null) {
            Hosts.checkZone(scope, "hostedZoneName", dns.getHostedZoneName());
        }
        AzureManagedIdentity identity = dns.getManagedIdentity();
        if (identity != null && isSet(identity.getClientID()) == isSet(identity.getResourceID())) {
            scope.report(MANAGED_IDENTITY, "managedIdentity", describe(identity),
                    "a managed identity is named by its client ID or by its resource ID, exactly one of them",
                    Fix.of("use ManagedIdentity.clientId(...) or ManagedIdentity.resourceId(...)",
                            "set exactly one of managedIdentity.clientID and managedIdentity.resourceID"));
        }
        // a service principal (clientID with clientSecretSecretRef) is not an ambient credential
        if (!cluster && dns.getClientSecretSecretRef() == null) {
            scope.report(NAMESPACED_IDENTITY, "managedIdentity", identity == null ? null : describe(identity),
                    "Azure DNS without a service principal signs in with ambient credentials (the managed identity,"
                            + " or the pod's own), and cert-manager lets only a ClusterIssuer use them: a namespaced"
                            + " Issuer needs the controller flag --issuer-ambient-credentials",
                    Fix.of("make it a ClusterIssuer, or start cert-manager with --issuer-ambient-credentials"));
        }
    }

    /** The ID that is set, {@code clientID/resourceID} when both are, {@code null} for none. */
    private static String describe(AzureManagedIdentity identity) {
        if (identity.getClientID() != null && identity.getResourceID() != null) {
            return identity.getClientID() + "/" + identity.getResourceID();
        }
        return identity.getClientID() != null ? identity.getClientID() : identity.getResourceID();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
