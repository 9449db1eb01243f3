package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Application;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;
import io.manifesto.workload.Deployment;

import java.util.List;

import static io.manifesto.Manifesto.*;

/** Builds applications in tests and returns what they report, as the one-line texts users see. */
public final class Builds {

    private Builds() {
    }

    /** A Deployment whose one container requests CPU and memory. */
    public static Deployment web() {
        return deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .port("http", 8080).requests(cpu("100m"), memory("128Mi")));
    }

    /** Every problem of a build that must fail, errors first. */
    public static List<String> problems(Application.Builder application) {
        try {
            application.build();
        } catch (ValidationException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the build passed; problems were expected");
    }

    /** The warnings of a build that must pass. */
    public static List<String> warnings(Application.Builder application) {
        return application.build().report().warnings().stream().map(Problem::toString).toList();
    }

    /** The rendered object of {@code type} named {@code name}. */
    public static <T extends HasMetadata> T rendered(Application.Builder application, Class<T> type, String name) {
        return application.build().resources().stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + "/" + name));
    }
}
