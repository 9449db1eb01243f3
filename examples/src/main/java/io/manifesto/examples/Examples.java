package io.manifesto.examples;

import java.util.List;

/** Every example, in the order the README lists them. */
public final class Examples {

    private Examples() {
    }

    /**
     * All examples; each renders to {@code golden-manifests/<name>.yaml}, or with environments to
     * {@code golden-manifests/<name>/<environment>.yaml}.
     */
    public static List<Example> all() {
        return List.of(
                new Example("quickstart", "the README's quickstart", Quickstart::define),
                new Example("postgres", "PostgreSQL StatefulSet with a persistent volume claim template",
                        Postgres::define),
                new Example("horizontal-scaling", "the talk's web app (cpu 100m request, 200m limit) scaled by an HPA"
                        + " on CPU with a scale-up and scale-down behaviour", HorizontalScaling::define),
                new Example("vertical-scaling", "a VPA on the PostgreSQL StatefulSet; a service with a VPA on memory"
                        + " and an HPA on CPU together", VerticalScaling::define),
                new Example("node-scaling", "disruption budget, topology spread, eviction hint, priority class and an"
                        + " overprovisioning placeholder", NodeScaling::define),
                new Example("https-in-5-minutes",
                        "the web app over HTTPS: an existing TLS secret, then Let's Encrypt staging and production",
                        HttpsInFiveMinutes::define),
                new Example("wildcard-certificate",
                        "a wildcard certificate from Let's Encrypt through Azure DNS with a managed identity",
                        WildcardCertificate::define),
                new Example("short-lived-certificates",
                        "six-day certificates from Let's Encrypt's shortlived profile", ShortLivedCertificates::define),
                new Example("virtual-nodes", "a queue worker only on AKS virtual nodes, with the talk's toleration"
                        + " and node selector", VirtualNodes::define),
                Example.ofEnvironments("dev-spaces", "web and an orders API rendered for prod, staging and dev from"
                        + " one definition, and for alice's and bob's spaces under dev", new DevSpaces()),
                new Example("aks-store", "Microsoft's AKS Store demo quickstart (RabbitMQ, order, product and store"
                        + " front services) ported to the DSL, the credentials in a declared Secret", AksStore::define));
    }
}
