package io.manifesto.build;

import io.manifesto.Manifesto;
import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;

import static io.manifesto.Manifesto.*;

/** Definitions that go wrong in each way the build reports, and classes the scan must pass over. */
final class Fixtures {

    /** Set by {@link Unrelated}'s static initialiser, which the scan must never run. */
    static volatile boolean unrelatedInitialised;

    private Fixtures() {
    }

    /** The examples' style: one public static method returning the application. */
    public static final class StaticFactory {
        public static Application define() {
            return Manifesto.application("static").add(deployment("api")
                    .container(container("api").image("registry.example/api:2.0.0"))).build();
        }
    }

    /** An application whose CPU request is above its limit. */
    public static final class Invalid implements Definition {
        @Override
        public Application application(Environment environment) {
            return Manifesto.application("invalid").add(deployment("web").container(container("web")
                    .image("registry.example/web:1.0.0").requests(cpu("300m")).limits(cpu("200m")))).build();
        }
    }

    /** A definition whose code throws. */
    public static final class Throwing implements Definition {
        @Override
        public Application application(Environment environment) {
            throw new IllegalStateException("no database URL");
        }
    }

    /** Not a definition at all. */
    public static final class NotADefinition {
    }

    /** A class whose initialiser must not run during a scan. */
    public static final class Unrelated {
        static {
            unrelatedInitialised = true;
        }
    }
}
