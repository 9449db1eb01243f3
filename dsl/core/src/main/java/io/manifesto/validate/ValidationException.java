package io.manifesto.validate;

import java.util.List;

/**
 * Thrown by a build that found errors: it carries every problem found, errors and warnings, so that one run tells
 * the user about every mistake. Nothing has been rendered or written when it is thrown.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param subject what was being built, e.g. {@code application shop} */
    public ValidationException(String subject, List<Problem> problems) {
        super(describe(subject, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors first, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String describe(String subject, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        StringBuilder text = new StringBuilder()
                .append(subject).append(" is invalid: ")
                .append(errors).append(errors == 1 ? " error" : " errors").append(", ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings");
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
