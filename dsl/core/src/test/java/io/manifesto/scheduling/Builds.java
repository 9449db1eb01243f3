package io.manifesto.scheduling;

import io.manifesto.core.Application;
import io.manifesto.core.Component;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Test helper: builds an application of some components and returns its YAML, warnings or problems. */
public final class Builds {

    private Builds() {
    }

    /** The application {@code shop} of {@code components}, built. */
    public static Application build(Component... components) {
        return Application.named("shop").add(components).build();
    }

    /** The YAML of the application {@code shop} of {@code components}. */
    public static String yaml(Component... components) {
        return build(components).toYaml();
    }

    /** The warnings of the build, as {@code Problem#toString()} lines. */
    public static List<String> warnings(Component... components) {
        return build(components).report().warnings().stream().map(Problem::toString).toList();
    }

    /** Every problem of a build that must fail, as {@code Problem#toString()} lines. */
    public static List<String> problems(Component... components) {
        assertThatThrownBy(() -> build(components)).isInstanceOf(ValidationException.class);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> build(components));
        return e.problems().stream().map(Problem::toString).toList();
    }
}
