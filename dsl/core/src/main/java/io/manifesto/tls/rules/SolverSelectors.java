package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.manifesto.tls.SolverPicker;

import java.util.ArrayList;
import java.util.List;

/** How findings describe the selectors of an ACME issuer's solvers, so that the user sees why none applies. */
final class SolverSelectors {

    private SolverSelectors() {
    }

    /** The selectors of {@code solvers}, e.g. {@code solvers[0] (DNS01) selects dnsZones [example.com]}. */
    static String describe(List<ACMEChallengeSolver> solvers) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < solvers.size(); i++) {
            ACMEChallengeSolver solver = solvers.get(i);
            if (solver == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!SolverPicker.dnsNames(solver).isEmpty()) {
                parts.add("dnsNames " + SolverPicker.dnsNames(solver));
            }
            if (!SolverPicker.dnsZones(solver).isEmpty()) {
                parts.add("dnsZones " + SolverPicker.dnsZones(solver));
            }
            described.add("solvers[" + i + "] " + (SolverPicker.isDns01(solver) ? "(DNS01)" : "(HTTP01)")
                    + " selects " + (parts.isEmpty() ? "every name" : String.join(" and ", parts)));
        }
        return String.join("; ", described);
    }
}
