package io.manifesto.rules;

import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationReport;

import java.util.List;

/**
 * What the rules found in a set of objects: every problem (errors first, in the order found, then the warnings
 * nobody suppressed) and the warnings accepted by a suppression, with their reasons.
 *
 * @param problems the errors and the unsuppressed warnings
 * @param report   the warnings, in force and suppressed
 */
public record CheckReport(List<Problem> problems, ValidationReport report) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    /** {@code true} when at least one problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
