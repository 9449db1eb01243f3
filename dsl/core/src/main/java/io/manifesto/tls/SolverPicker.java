package io.manifesto.tls;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.fabric8.certmanager.api.model.acme.v1.CertificateDNSNameSelector;
import io.manifesto.hosts.Hosts;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which solver of an ACME issuer ({@code spec.acme.solvers[]}) cert-manager picks to validate a name, the way its
 * solver picker does: only DNS01 solvers for a wildcard (the only challenge ACME offers for one); among the solvers
 * whose selector matches, one that lists the name in {@code dnsNames} first, then the one with the longest matching
 * zone; a solver without selector only when no selector matches; the first on a tie. Selectors by
 * {@code matchLabels} match the labels of a Certificate, which the picker does not see: see
 * {@link #selectsByLabels(List)}.
 */
public final class SolverPicker {

    private SolverPicker() {
    }

    /**
     * The index of the solver cert-manager picks for {@code host} (a wildcard written {@code *.example.com}); empty
     * when none applies, and cert-manager then fails the order. {@code null} entries never apply.
     */
    public static OptionalInt pick(List<ACMEChallengeSolver> solvers, String host) {
        int picked = -1;
        int pickedNames = 0;
        int pickedZone = 0;
        for (int i = 0; i < solvers.size(); i++) {
            ACMEChallengeSolver solver = solvers.get(i);
            if (solver == null || (Hosts.isWildcard(host) && !isDns01(solver)) || !appliesTo(solver, host)) {
                continue;
            }
            int names = dnsNames(solver).contains(host) ? 1 : 0;
            int zone = zoneLabels(solver, host);
            boolean moreSpecific = names > pickedNames || (names == pickedNames && zone > pickedZone);
            if (picked < 0 || moreSpecific) {
                picked = i;
                pickedNames = names;
                pickedZone = zone;
            }
        }
        return picked < 0 ? OptionalInt.empty() : OptionalInt.of(picked);
    }

    /**
     * {@code true} when cert-manager may use {@code solver} for {@code host}: no selector, or one whose every part
     * matches, as cert-manager's solver picker requires: the host is one of {@code dnsNames} (when set) and lies in
     * one of {@code dnsZones} (when set).
     */
    public static boolean appliesTo(ACMEChallengeSolver solver, String host) {
        List<String> names = dnsNames(solver);
        return (names.isEmpty() || names.contains(host)) && (dnsZones(solver).isEmpty() || zoneLabels(solver, host) > 0);
    }

    /** {@code true} for a DNS01 solver. */
    public static boolean isDns01(ACMEChallengeSolver solver) {
        return solver.getDns01() != null;
    }

    /**
     * {@code true} when a solver selects by {@code matchLabels}: which one cert-manager picks then depends on the
     * labels of the Certificate it issues (for an ingress, one the ingress-shim makes), so no choice is certain.
     */
    public static boolean selectsByLabels(List<ACMEChallengeSolver> solvers) {
        return solvers.stream().anyMatch(solver -> solver != null && solver.getSelector() != null
                && solver.getSelector().getMatchLabels() != null && !solver.getSelector().getMatchLabels().isEmpty());
    }

    /** {@code selector.dnsNames}, never {@code null}. */
    public static List<String> dnsNames(ACMEChallengeSolver solver) {
        CertificateDNSNameSelector selector = solver.getSelector();
        return selector == null || selector.getDnsNames() == null ? List.of() : selector.getDnsNames();
    }

    /** {@code selector.dnsZones}, never {@code null}. */
    public static List<String> dnsZones(ACMEChallengeSolver solver) {
        CertificateDNSNameSelector selector = solver.getSelector();
        return selector == null || selector.getDnsZones() == null ? List.of() : selector.getDnsZones();
    }

    /**
     * The number of labels of the longest zone of {@code dnsZones} that holds {@code host} (the zone itself or a name
     * below it), or 0: cert-manager prefers the solver with the most specific zone.
     */
    private static int zoneLabels(ACMEChallengeSolver solver, String host) {
        return dnsZones(solver).stream().filter(zone -> zone != null && Hosts.inZone(host, zone))
                .mapToInt(zone -> zone.split("\\.").length).max().orElse(0);
    }
}
