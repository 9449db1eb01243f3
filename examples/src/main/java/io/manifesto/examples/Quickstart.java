package io.manifesto.examples;

import io.manifesto.core.Application;

import static io.manifesto.Manifesto.*;

/** The README's quickstart, compiled by the build so that it cannot go stale. */
public final class Quickstart {

    private Quickstart() {
    }

    /** A web app with requests and limits, probes and a Service derived from its named port. */
    public static Application define() {
        // quickstart:begin
        var web = deployment("web")
                .replicas(2)
                .container(container("web")
                        .image("myregistry.azurecr.io/web:1.4.2")
                        .port("http", 8080)
                        .requests(cpu("100m"), memory("128Mi"))
                        .limits(cpu("200m"), memory("256Mi"))
                        .readiness(httpGet("http", "/ready"))
                        .liveness(httpGet("http", "/healthz")));

        var app = application("quickstart")
                .namespace("web")
                .add(web)
                .build();            // every rule runs here; all problems are reported at once
        // quickstart:end
        return app;
    }
}
