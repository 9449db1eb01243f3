package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverHTTP01Ingress;
import io.fabric8.certmanager.api.model.v1.Certificate;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.manifesto.hosts.Hosts;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.tls.SolverPicker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The names that Certificates and annotated Ingresses ask an ACME issuer of the set for: ACME validates each through
 * the solver cert-manager picks for it ({@link SolverPicker}): a wildcard only through DNS01, a name only through a
 * solver whose selector matches it, Azure DNS only inside its hosted zone, and HTTP01 through the class of the
 * ingress that gets the traffic. An issuer outside the set, or whose solvers select by labels, is not judged.
 */
public final class IssuedNameRules implements RuleSet {

    /** A wildcard name on an ACME issuer without DNS01 for it. */
    public static final RuleInfo WILDCARD_DNS01 = RuleInfo.error("tls.wildcard-needs-dns01",
            "a wildcard name is validated by a DNS01 solver", "ACME validates wildcards only through DNS records");
    /** A name no solver of an ACME issuer applies to. */
    public static final RuleInfo NO_SOLVER = RuleInfo.error("tls.no-solver",
            "every name has a solver of its ACME issuer whose selector matches it",
            "cert-manager fails the order when it can pick no solver");
    /** A name outside the Azure DNS zone of its solver. */
    public static final RuleInfo HOSTED_ZONE = RuleInfo.error("tls.outside-hosted-zone",
            "an Azure DNS solver's hostedZoneName holds the names it validates",
            "the challenge record lands in a zone the CA never asks, so the order fails");
    /** The issuer's HTTP01 solver uses another ingress class than the ingress. */
    public static final RuleInfo HTTP01_CLASS = RuleInfo.warning("ingress.http01-class-mismatch",
            "the HTTP01 solver of an ingress's issuer answers through the ingress's class",
            "the challenge is served by the controller of the solver's class, which may not get the traffic");

    @Override
    public List<RuleInfo> rules() {
        return List.of(WILDCARD_DNS01, NO_SOLVER, HOSTED_ZONE, HTTP01_CLASS);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Certificate")) {
            if (resource.object() instanceof Certificate certificate && certificate.getSpec() != null) {
                IssuerLookup.ofCertificate(set, resource, certificate.getSpec().getIssuerRef()).ifPresent(issuer ->
                        checkNames(findings.on(resource), issuer, "spec.dnsNames", certificate.getSpec().getDnsNames()));
            }
        }
        for (Resource resource : set.ofKind("Ingress")) {
            if (resource.object() instanceof Ingress ingress && ingress.getSpec() != null
                    && ingress.getSpec().getTls() != null) {
                IssuerLookup.ofIngress(set, resource).ifPresent(issuer -> checkIngress(findings.on(resource), issuer,
                        ingress));
            }
        }
    }

    private static void checkIngress(Findings.On scope, Resource issuer, Ingress ingress) {
        List<IngressTLS> tls = ingress.getSpec().getTls();
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < tls.size(); i++) {
            if (tls.get(i) != null && tls.get(i).getHosts() != null) {
                checkNames(scope, issuer, "spec.tls[" + i + "].hosts", tls.get(i).getHosts());
                hosts.addAll(tls.get(i).getHosts());
            }
        }
        String ingressClass = ingress.getSpec().getIngressClassName();
        if (ingressClass != null) {
            warnHttp01Class(scope, issuer, ingressClass, hosts);
        }
    }

    /** The solvers of an ACME issuer that picks them by name alone; empty otherwise. */
    private static List<ACMEChallengeSolver> judgedSolvers(Resource issuer) {
        List<ACMEChallengeSolver> solvers = IssuerLookup.acmeSolvers(issuer);
        return SolverPicker.selectsByLabels(solvers) ? List.of() : solvers;
    }

    private static void checkNames(Findings.On scope, Resource issuer, String field, List<String> hosts) {
        // an issuer without solvers is reported by the issuer itself (acme.no-solver)
        List<ACMEChallengeSolver> solvers = judgedSolvers(issuer);
        for (int i = 0; hosts != null && !solvers.isEmpty() && i < hosts.size(); i++) {
            // an invalid host is reported by the host check, once
            if (hosts.get(i) != null && Hosts.isValid(hosts.get(i))) {
                checkSolver(scope, issuer, solvers, field + "[" + i + "]", hosts.get(i));
            }
        }
    }

    private static void checkSolver(Findings.On scope, Resource issuer, List<ACMEChallengeSolver> solvers,
                                    String field, String host) {
        OptionalInt picked = SolverPicker.pick(solvers, host);
        boolean wildcard = Hosts.isWildcard(host);
        if (picked.isEmpty() && wildcard
                && solvers.stream().anyMatch(s -> s != null && SolverPicker.appliesTo(s, host))) {
            scope.report(WILDCARD_DNS01, field, host, "a wildcard name needs a DNS01 solver, and " + issuer
                            + " has none that applies to it: ACME validates wildcards only through DNS records",
                    Fix.of("add .solver(Solver.dns01(AzureDns.of(...))) to " + issuer + ", or list the names without"
                                    + " a wildcard",
                            "add a dns01 solver to spec.acme.solvers of " + issuer + ", or list the names without a"
                                    + " wildcard"));
        } else if (picked.isEmpty()) {
            scope.report(NO_SOLVER, field, host, "no solver of " + issuer + " applies to this name: "
                            + SolverSelectors.describe(solvers) + ", and cert-manager fails the order when it can pick"
                            + " no solver (a selector matches a name that is one of its dnsNames and lies in one of its"
                            + " dnsZones, each where set)",
                    Fix.of("add a " + (wildcard ? "DNS01 " : "") + "solver for it to " + issuer + ", e.g."
                                    + " .solver(Solver.dns01(AzureDns.of(...)).forDnsNames(\"" + host + "\")), or widen"
                                    + " a solver's selector",
                            "add a " + (wildcard ? "dns01 " : "") + "solver for it to spec.acme.solvers of " + issuer
                                    + ", e.g. one with selector.dnsNames: [\"" + host + "\"], or widen a solver's"
                                    + " selector"));
        } else {
            checkHostedZone(scope, issuer, solvers.get(picked.getAsInt()), field, host);
        }
    }

    private static void checkHostedZone(Findings.On scope, Resource issuer, ACMEChallengeSolver solver, String field,
                                        String host) {
        String zone = solver.getDns01() == null || solver.getDns01().getAzureDNS() == null ? null
                : solver.getDns01().getAzureDNS().getHostedZoneName();
        if (zone == null || Hosts.inZone(host, zone)) {
            return;
        }
        String name = Hosts.withoutWildcard(host);
        scope.report(HOSTED_ZONE, field, host, "the DNS01 solver of " + issuer + " that cert-manager picks for this"
                        + " name writes the challenge's TXT record into the Azure DNS zone \"" + zone + "\""
                        + " (hostedZoneName), which does not hold \"" + name + "\", so the CA never sees the record and"
                        + " the order fails",
                Fix.of("give " + issuer + " a DNS01 solver for the zone that holds \"" + name + "\", selected with"
                                + " .forDnsZones(...), or leave hostedZone(...) out to let cert-manager find the zone",
                        "give " + issuer + " a dns01 solver for the zone that holds \"" + name + "\", selected with"
                                + " selector.dnsZones, or remove hostedZoneName to let cert-manager find the zone"));
    }

    /**
     * Warns once per solver class when the HTTP01 solver of {@code issuer} that cert-manager picks for a
     * (non-wildcard) host of {@code hosts} answers through another ingress class than the ingress's.
     */
    private static void warnHttp01Class(Findings.On scope, Resource issuer, String ingressClass, List<String> hosts) {
        List<ACMEChallengeSolver> solvers = judgedSolvers(issuer);
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (String host : hosts) {
            if (host == null || Hosts.isWildcard(host)) {
                continue;
            }
            OptionalInt picked = SolverPicker.pick(solvers, host);
            String solverClass = picked.isPresent() ? http01Class(solvers.get(picked.getAsInt())) : null;
            if (solverClass != null && !solverClass.equals(ingressClass)) {
                classes.putIfAbsent(solverClass, picked.getAsInt());
            }
        }
        classes.forEach((solverClass, index) -> scope.report(HTTP01_CLASS, "spec.ingressClassName", ingressClass,
                issuer + " answers HTTP01 challenges through ingress class \"" + solverClass + "\" but this ingress"
                        + " uses class \"" + ingressClass + "\", so the challenge may be served by a controller that"
                        + " does not get the traffic",
                Fix.of("use the same ingress class in Solver.http01(...) and on the ingress",
                        "use the same ingress class in spec.acme.solvers[" + index + "].http01.ingress of " + issuer
                                + " and in spec.ingressClassName")));
    }

    /** The class an HTTP01 solver's ingress gets ({@code ingressClassName}, or the older {@code class}), or null. */
    private static String http01Class(ACMEChallengeSolver solver) {
        ACMEChallengeSolverHTTP01Ingress ingress = solver.getHttp01() == null ? null : solver.getHttp01().getIngress();
        if (ingress == null) {
            return null;
        }
        return ingress.getIngressClassName() != null ? ingress.getIngressClassName() : ingress.getClassName();
    }
}
