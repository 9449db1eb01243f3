package io.manifesto.lint;

import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationReport;

import java.util.List;

/**
 * What lint found: every problem with the file and line of its object or field, the warnings accepted by a
 * suppression annotation, and how much was read. Prints as text, SARIF 2.1.0 (GitHub code scanning) or JUnit XML
 * (CI test reports).
 *
 * @param problems   the problems, by file and line: errors, warnings, and files that could not be read
 * @param suppressed the warnings that a {@code manifesto.io/suppress.<rule-id>} annotation accepted
 * @param objects    how many objects were checked
 * @param files      how many files were read
 */
public record LintReport(List<Problem> problems, List<ValidationReport.SuppressedProblem> suppressed, int objects,
                         int files) {

    /** Exit code: nothing wrong. */
    public static final int CLEAN = 0;
    /** Exit code: at least one error. */
    public static final int ERRORS = 1;
    /** Exit code: bad usage, or input that could not be read. */
    public static final int UNREADABLE = 2;

    public LintReport {
        problems = List.copyOf(problems);
        suppressed = List.copyOf(suppressed);
    }

    /** {@code true} when at least one problem is an error (an unreadable file is one). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** {@link #UNREADABLE} when some input could not be read, {@link #ERRORS} on an error, else {@link #CLEAN}. */
    public int exitCode() {
        if (problems.stream().anyMatch(p -> p.ruleId().equals(ManifestSource.UNREADABLE))) {
            return UNREADABLE;
        }
        return hasErrors() ? ERRORS : CLEAN;
    }

    /** One line per problem ({@code file:line: error Kind/name field = "value": ... [rule-id]}), then a summary. */
    public String text() {
        StringBuilder text = new StringBuilder();
        problems.forEach(problem -> text.append(problem).append('\n'));
        suppressed.forEach(problem -> text.append(problem).append('\n'));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        text.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings")
                .append(suppressed.isEmpty() ? "" : " (" + suppressed.size() + " suppressed)")
                .append(" in ").append(objects).append(objects == 1 ? " object" : " objects")
                .append(" of ").append(files).append(files == 1 ? " file" : " files").append('\n');
        return text.toString();
    }

    /** The problems as a SARIF 2.1.0 log, one result each, with the rules of the catalog they belong to. */
    public String sarif() {
        return SarifFormat.write(this);
    }

    /** The problems as JUnit XML: one test case per object or unreadable file, failing on its errors. */
    public String junitXml() {
        return JUnitFormat.write(this);
    }

    @Override
    public String toString() {
        return text();
    }
}
