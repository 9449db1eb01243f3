package io.manifesto.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the validation of a built application found but did not stop it: the warnings in force and the ones that
 * were suppressed, each with its written reason.
 *
 * @param warnings   warnings nobody suppressed
 * @param suppressed warnings accepted through a {@link Suppression}
 */
public record ValidationReport(List<Problem> warnings, List<SuppressedProblem> suppressed) {

    public ValidationReport {
        warnings = List.copyOf(warnings);
        suppressed = List.copyOf(suppressed);
    }

    /** A warning and the suppression that accepted it. */
    public record SuppressedProblem(Problem problem, Suppression suppression) {
        @Override
        public String toString() {
            return "suppressed " + problem + " Reason: " + suppression.reason();
        }
    }

    /** The report of the warnings among {@code problems} (errors are left out), with {@code suppressions} applied. */
    public static ValidationReport of(List<Problem> problems, List<Suppression> suppressions) {
        List<Problem> warnings = new ArrayList<>();
        List<SuppressedProblem> suppressed = new ArrayList<>();
        SuppressionIndex index = new SuppressionIndex(suppressions);
        for (Problem problem : problems) {
            if (problem.isError()) {
                continue;
            }
            index.covering(problem).ifPresentOrElse(
                    s -> suppressed.add(new SuppressedProblem(problem, s)),
                    () -> warnings.add(problem));
        }
        return new ValidationReport(warnings, suppressed);
    }

    /** {@code true} when there is nothing to report. */
    public boolean isEmpty() {
        return warnings.isEmpty() && suppressed.isEmpty();
    }

    /** One line per warning, then one per suppressed warning with its reason. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        warnings.forEach(w -> text.append(w).append('\n'));
        suppressed.forEach(s -> text.append(s).append('\n'));
        return text.toString();
    }
}
