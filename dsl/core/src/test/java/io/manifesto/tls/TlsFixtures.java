package io.manifesto.tls;

import io.manifesto.core.Application;
import io.manifesto.core.Component;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;
import io.manifesto.workload.Deployment;

import java.util.List;

import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Shared values for the ingress and TLS tests: a web app with a named port, issuers, and a build that fails. */
public final class TlsFixtures {

    private TlsFixtures() {
    }

    /** A Deployment {@code web} with the container port {@code http}. */
    public static Deployment web() {
        return deployment("web").container(container("web").image("registry.example.com/web:1.0").port("http", 8080));
    }

    /** Let's Encrypt production with an email and an HTTP01 solver on class {@code nginx}. */
    public static Issuer letsEncrypt() {
        return clusterIssuer("letsencrypt-prod", letsEncryptProduction().email("ops@contoso.com")
                .solver(http01("nginx")));
    }

    /** Builds an application {@code shop} in namespace {@code shop}. */
    public static Application build(Component... components) {
        return application("shop").namespace("shop").add(components).build();
    }

    /** The problems, as one line each, of a build that must fail. */
    public static List<String> problems(Component... components) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> build(components));
        if (e == null) {
            throw new AssertionError("the build was expected to fail");
        }
        return e.problems().stream().map(Problem::toString).toList();
    }
}
