package io.manifesto.environment;

import io.manifesto.validate.Problem;
import io.manifesto.validate.Severity;
import io.manifesto.validate.ValidationException;

import java.util.List;

/** The error of one environment value written wrong: thrown where it is written, as a record's constructor would. */
final class EnvironmentProblem {

    private EnvironmentProblem() {
    }

    /** A {@link ValidationException} holding one error on {@code resource} ({@code Environment/staging}). */
    static ValidationException of(String resource, String ruleId, String field, Object value, String message,
                                  String fix) {
        Problem problem = new Problem(Severity.ERROR, ruleId, resource, field,
                value == null ? null : String.valueOf(value), message, fix);
        return new ValidationException(resource, List.of(problem));
    }
}
