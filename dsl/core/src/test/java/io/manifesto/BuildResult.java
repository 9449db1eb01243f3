package io.manifesto;

import io.manifesto.core.Application;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Test helper: builds an application that must fail and returns its problems as the lines users read. */
public final class BuildResult {

    private BuildResult() {
    }

    /** The problems of a build that must fail, each as {@link Problem#toString()}. */
    public static List<String> problemsOf(Application.Builder builder) {
        ValidationException[] caught = new ValidationException[1];
        assertThatThrownBy(() -> {
            try {
                builder.build();
            } catch (ValidationException e) {
                caught[0] = e;
                throw e;
            }
        }).isInstanceOf(ValidationException.class);
        return caught[0].problems().stream().map(Problem::toString).toList();
    }
}
