package io.manifesto.bench;

import io.manifesto.Manifesto;
import io.manifesto.core.Application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** N seed apps composed into applications of one {@link Shape}, through the public API. */
public final class Apps {

    /** The namespace of every generated application. */
    public static final String NAMESPACE = "apps";

    private Apps() {
    }

    /** The unbuilt applications of apps {@code 0..n-1}: {@code n} of them, or one named {@code apps}. */
    public static List<Application.Builder> compose(int n, Shape shape, SeedApp.Variant variant) {
        List<Application.Builder> builders = new ArrayList<>();
        if (shape == Shape.ALL_IN_ONE) {
            Application.Builder all = Manifesto.application("apps").namespace(NAMESPACE);
            for (int i = 0; i < n; i++) {
                SeedApp.components(i, variant).forEach(all::add);
            }
            builders.add(all);
        } else {
            for (int i = 0; i < n; i++) {
                builders.add(perApp(i, variant));
            }
        }
        return builders;
    }

    /** Builds (every rule, then the canonical render) each composed application. */
    public static List<Application> build(List<Application.Builder> builders) {
        return builders.stream().map(Application.Builder::build).toList();
    }

    /**
     * Composes and builds the applications one at a time, handing each to {@code sink} before the next is composed,
     * so that the per-app shape never holds more than one application.
     */
    public static void stream(int n, Shape shape, SeedApp.Variant variant, Consumer<Application> sink) {
        if (shape == Shape.ALL_IN_ONE) {
            sink.accept(compose(n, shape, variant).get(0).build());
            return;
        }
        for (int i = 0; i < n; i++) {
            sink.accept(perApp(i, variant).build());
        }
    }

    /** The unbuilt application of app {@code i} alone, named after it. */
    public static Application.Builder perApp(int i, SeedApp.Variant variant) {
        Application.Builder one = Manifesto.application(SeedApp.name(i)).namespace(NAMESPACE);
        SeedApp.components(i, variant).forEach(one::add);
        return one;
    }
}
