package io.manifesto.bench;

import io.manifesto.core.Component;
import io.manifesto.resources.ResourceName;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.UpdateMode;
import io.manifesto.scheduling.NodeRequirement;
import io.manifesto.scheduling.Toleration;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.IssuerRef;
import io.manifesto.tls.Tls;
import io.manifesto.workload.Deployment;

import java.util.List;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.count;
import static io.manifesto.Manifesto.cpu;
import static io.manifesto.Manifesto.disruptionBudget;
import static io.manifesto.Manifesto.hpa;
import static io.manifesto.Manifesto.ingress;
import static io.manifesto.Manifesto.memory;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.Manifesto.vpa;

/**
 * The talk's seed app number {@code i}, written with the public DSL: a Deployment {@code web-<i>} whose container
 * requests {@code 100m}/{@code 128Mi}, is limited to {@code 200m}/{@code 256Mi} and serves the named port
 * {@code http}; its derived Service; an HPA on 70% CPU (2 to 10 replicas); an Ingress for {@code web-<i>.example.com}
 * with TLS from the Let's Encrypt ClusterIssuer {@code letsencrypt-prod} (installed once per cluster, so referred to
 * by name). Four objects. The {@link Variant#FULL} variant adds a VPA on memory, a PodDisruptionBudget, a placement
 * (toleration and required node affinity) and an explicit Certificate the ingress reads: seven objects.
 */
public final class SeedApp {

    /** The ClusterIssuer every app's certificate comes from. */
    public static final IssuerRef LETS_ENCRYPT = IssuerRef.clusterIssuer("letsencrypt-prod");

    /** Which objects an app has. */
    public enum Variant {
        /** Deployment, Service, HPA, Ingress. */
        SEED(4),
        /** The seed plus a VPA, a PodDisruptionBudget, a placement and a Certificate. */
        FULL(7);

        private final int objects;

        Variant(int objects) {
            this.objects = objects;
        }

        /** The objects one app renders. */
        public int objects() {
            return objects;
        }
    }

    private SeedApp() {
    }

    /** The name of app {@code i}: {@code web-<i>}. */
    public static String name(int i) {
        return "web-" + i;
    }

    /** The host of app {@code i}: {@code web-<i>.example.com}. */
    public static String host(int i) {
        return name(i) + ".example.com";
    }

    /** The components of app {@code i}, composed anew on every call. */
    public static List<Component> components(int i, Variant variant) {
        String name = name(i);
        Deployment web = deployment(name, variant);
        var hpa = hpa(web).replicas(2, 10).cpuUtilization(70);
        var ingress = ingress(name).ingressClass("nginx").route(host(i), "/", web.port("http"));
        if (variant == Variant.SEED) {
            return List.of(web, hpa, ingress.tls(Tls.issuedBy(LETS_ENCRYPT, name + "-tls", host(i))));
        }
        Certificate certificate = Certificate.named(name, LETS_ENCRYPT).secretName(name + "-tls").dnsNames(host(i));
        return List.of(web, hpa,
                vpa(web).updateMode(UpdateMode.INITIAL).containerPolicy(ContainerPolicy.forAllContainers()
                        .controlledResources(ResourceName.MEMORY)
                        .minAllowed(memory("128Mi")).maxAllowed(memory("1Gi"))),
                disruptionBudget(web).minAvailable(count(1)),
                certificate,
                ingress.tls(Tls.fromCertificate(certificate)));
    }

    private static Deployment deployment(String name, Variant variant) {
        Deployment web = io.manifesto.Manifesto.deployment(name)
                .container(container("web")
                        .image("myregistry.azurecr.io/web:2.1.0")
                        .port("http", 8080)
                        .requests(cpu("100m"), memory("128Mi"))
                        .limits(cpu("200m"), memory("256Mi")));
        if (variant == Variant.SEED) {
            return web;
        }
        return web.placement(placement()
                .tolerate(Toleration.exists("dedicated"))
                .requireNodes(NodeRequirement.in("agentpool", "web")));
    }
}
