package io.manifesto.fuzz;

import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.core.Application;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.UpdateMode;
import io.manifesto.scheduling.Placement;
import io.manifesto.scheduling.TaintEffect;
import io.manifesto.scheduling.Toleration;
import io.manifesto.tls.Issuer;
import io.manifesto.workload.Container;
import io.manifesto.workload.EnvVar;
import io.manifesto.workload.Probe;
import io.manifesto.workload.Volume;
import io.manifesto.workload.Workload;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

import static io.manifesto.Manifesto.*;

/**
 * Generators of whole definitions for the fuzz properties: one workload (Deployment or StatefulSet) with containers
 * (quantities, ports, probes, env, volumes), optionally an HPA, a VPA, a budget, a priority class, a placement, an
 * ingress with TLS issued by an ACME or self-signed issuer, a certificate, and the {@link Extras}. Every value
 * comes from a valid pool and, at {@link #INVALID_RATE} percent, from a pool of invalid values (nulls included),
 * so both outcomes of {@code build()} are exercised. A definition is a plain record, printed as is when a property
 * fails.
 */
final class Definitions {

    /** Percent of generated values drawn from the invalid pools. */
    static final int INVALID_RATE = 3;

    private Definitions() {
    }

    /** A workload's container. */
    record ContainerSpec(String name, String image, String cpuRequest, String cpuLimit, String memoryRequest,
                         String memoryLimit, String portName, int port, int probeKind, int probePeriod,
                         String envName, String envValue, String mountVolume) {
    }

    /** A whole application. */
    record Definition(String app, String namespace, boolean stateful, String workload, Integer replicas,
                      List<ContainerSpec> containers, String volume, int placementKind, String taintKey,
                      Integer hpaMin, Integer hpaMax, Integer cpuUtilization, UpdateMode vpaMode, Integer budget,
                      Integer priorityValue, String host, String secret, String email, boolean selfSignedIssuer,
                      String certificateDuration, Extras extras) {

        /** Assembles the DSL definition; a fresh builder on every call, so it can be built twice. */
        Application.Builder builder() {
            Workload<?> workload = stateful ? statefulSet(this.workload) : deployment(this.workload);
            if (replicas != null && hpaMin == null) {
                workload = workload.replicas(replicas);
            }
            for (int i = 0; i < containers.size(); i++) {
                workload = workload.container(container(containers.get(i), i));
            }
            if (volume != null) {
                workload = workload.volume(Volume.emptyDir(volume));
            }
            workload = extras.traits(withPlacement(workload));
            Application.Builder app = application(this.app).namespace(namespace);
            if (priorityValue != null) {
                var priorityClass = priorityClass("fuzz-priority", priorityValue);
                workload = workload.with(priority(priorityClass));
                app.add(priorityClass);
            }
            app.add(workload);
            extras.addTo(app, workload, hpaMin != null);
            if (hpaMin != null) {
                var hpa = hpa(workload).replicas(hpaMin, hpaMax);
                app.add(cpuUtilization == null ? hpa.memoryAverageValue("100Mi") : hpa.cpuUtilization(cpuUtilization));
            }
            if (vpaMode != null && hpaMin == null) {
                app.add(vpa(workload).updateMode(vpaMode).containerPolicy(ContainerPolicy.forAllContainers()
                        .minAllowed(cpu("50m"), memory("64Mi"))));
            }
            if (budget != null) {
                app.add(disruptionBudget(workload).maxUnavailable(count(budget)));
            }
            if (host != null) {
                Issuer issuer = selfSignedIssuer ? clusterIssuer("fuzz-issuer", io.manifesto.Manifesto.selfSigned())
                        : clusterIssuer("fuzz-issuer", letsEncryptStaging().email(email).solver(http01("nginx")));
                app.add(issuer);
                String portName = containers.isEmpty() ? "http" : containers.get(0).portName();
                app.add(ingress("fuzz-ingress").ingressClass("nginx")
                        .route(host, "/", workload.port(portName))
                        .tls(tlsIssuedBy(issuer, secret, host)));
                if (certificateDuration != null) {
                    app.add(certificate("fuzz-certificate", issuer).secretName("fuzz-certificate-tls")
                            .dnsNames(host).duration(certificateDuration));
                }
            }
            return app;
        }

        /** The {@code index}-th container: names after the first carry the index, so they do not collide. */
        private Container container(ContainerSpec spec, int index) {
            String suffix = index == 0 ? "" : Integer.toString(index);
            String portName = spec.portName() == null ? null : spec.portName() + suffix;
            Container c = io.manifesto.Manifesto.container(spec.name() == null ? null : spec.name() + suffix)
                    .image(spec.image())
                    .requests(cpu(spec.cpuRequest()), memory(spec.memoryRequest()))
                    .limits(cpu(spec.cpuLimit()), memory(spec.memoryLimit()))
                    .port(portName, spec.port());
            Probe probe = switch (spec.probeKind()) {
                case 0 -> httpGet(portName, "/healthz");
                case 1 -> tcpSocket(portName);
                case 2 -> exec("true");
                default -> null;
            };
            if (probe != null) {
                c = c.readiness(probe.periodSeconds(spec.probePeriod()));
            }
            if (spec.envName() != null || spec.envValue() != null) {
                c = c.env(EnvVar.literal(spec.envName(), spec.envValue()));
            }
            if (spec.mountVolume() != null) {
                c = c.mount(spec.mountVolume(), "/data");
            }
            return c;
        }

        private Workload<?> withPlacement(Workload<?> workload) {
            Placement chosen = switch (placementKind) {
                case 1 -> AksVirtualNodes.burst();
                case 2 -> AksVirtualNodes.onlyV1();
                case 3 -> AksVirtualNodes.onlyV2();
                case 4 -> placement().nodeSelector("pool", "general")
                        .tolerate(Toleration.equal(taintKey, "true", TaintEffect.NO_SCHEDULE));
                default -> null;
            };
            return chosen == null ? workload : workload.placement(chosen);
        }
    }

    /** A value from {@code valid}, or at {@link #INVALID_RATE} percent one from {@code invalid}. */
    @SafeVarargs
    static <T> Arbitrary<T> mostly(Arbitrary<T> valid, T... invalid) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(100 - INVALID_RATE, valid),
                net.jqwik.api.Tuple.of(INVALID_RATE, Arbitraries.of(invalid).injectNull(0.2)));
    }

    /** As {@link #mostly} without nulls, for values the DSL takes as {@code int}. */
    @SafeVarargs
    static <T> Arbitrary<T> mostlyNotNull(Arbitrary<T> valid, T... invalid) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(100 - INVALID_RATE, valid),
                net.jqwik.api.Tuple.of(INVALID_RATE, Arbitraries.of(invalid)));
    }

    static Arbitrary<String> dnsLabel() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(12)
                .filter(s -> Character.isLetter(s.charAt(0)) && s.charAt(s.length() - 1) != '-');
    }

    static Arbitrary<String> names() {
        return mostly(dnsLabel(), "", "Web", "-web", "web_1", "a".repeat(64), "web.");
    }

    /** Quantities, now and then invalid, {@code null} and {@code ""} included (a bug the fuzzer found). */
    static Arbitrary<String> cpuValues() {
        return mostly(Arbitraries.of("50m", "100m", "250m", "500m", "1", "2", "0.5", "1500m"),
                "1g", "100mm", "-1", "abc", "128Mi", "0.0001", "");
    }

    /** Limits at or above every valid request, or now and then any value of the pool. */
    static Arbitrary<String> cpuLimits() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(90, Arbitraries.of("2", "4", "2000m")),
                net.jqwik.api.Tuple.of(10, cpuValues()));
    }

    static Arbitrary<String> memoryLimits() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(90, Arbitraries.of("2Gi", "4Gi")),
                net.jqwik.api.Tuple.of(10, memoryValues()));
    }

    static Arbitrary<String> memoryValues() {
        return mostly(Arbitraries.of("64Mi", "128Mi", "256Mi", "1Gi", "500M", "1000000"),
                "128MiB", "1g", "512m", "-1Mi", "");
    }

    static Arbitrary<ContainerSpec> containerSpec() {
        Arbitrary<String> image = mostly(Arbitraries.of("nginx:1.27", "myregistry.azurecr.io/shop:1.4.2",
                "postgres:16", "busybox@sha256:" + "a".repeat(64)), "", "Nginx:1", "nginx:latest", "nginx :1");
        Arbitrary<String> portName = mostly(Arbitraries.of("http", "web", "metrics", "grpc"),
                "HTTP", "a--b", "sixteen-chars-xx", "1234", "");
        Arbitrary<Integer> port = mostlyNotNull(Arbitraries.integers().between(1, 65535), 0, 65536, -1);
        Arbitrary<Integer> probeKind = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> probePeriod = mostlyNotNull(Arbitraries.integers().between(1, 60), 0, -5);
        Arbitrary<String> envName = mostly(Arbitraries.of("LOG_LEVEL", "JAVA_OPTS", "PORT", "app.mode"),
                "1X", "a b", "", "A=B");
        Arbitrary<String> envValue = mostly(Arbitraries.of("info", "", "8080", "true", "yes", "0x1F"), (String) null);
        Arbitrary<String> mount = mostly(Arbitraries.of("data"), "missing").injectNull(0.5);
        return Combinators.combine(List.of(o(names()), o(image), o(cpuValues()), o(cpuLimits()), o(memoryValues()),
                o(memoryLimits()), o(portName), o(port), o(probeKind), o(probePeriod), o(envName), o(envValue),
                o(mount))).as(v -> new ContainerSpec((String) v.get(0),
                (String) v.get(1), (String) v.get(2), (String) v.get(3), (String) v.get(4), (String) v.get(5),
                (String) v.get(6), (Integer) v.get(7), (Integer) v.get(8), (Integer) v.get(9), (String) v.get(10),
                (String) v.get(11), (String) v.get(12)));
    }

    static Arbitrary<Definition> definitions() {
        Arbitrary<Integer> replicas = mostlyNotNull(Arbitraries.integers().between(1, 5), -1).injectNull(0.5);
        Arbitrary<Integer> hpaMin = mostlyNotNull(Arbitraries.integers().between(1, 4), 0).injectNull(0.5);
        Arbitrary<Integer> hpaMax = mostlyNotNull(Arbitraries.integers().between(4, 20), 1);
        Arbitrary<Integer> utilization = mostlyNotNull(Arbitraries.integers().between(10, 150), 0, 1000)
                .injectNull(0.3);
        Arbitrary<UpdateMode> vpaMode = Arbitraries.of(UpdateMode.class).injectNull(0.6);
        Arbitrary<Integer> budget = mostlyNotNull(Arbitraries.integers().between(1, 2), 0, 100).injectNull(0.6);
        Arbitrary<Integer> priority = mostlyNotNull(Arbitraries.integers().between(0, 1_000_000), -1, 2_000_000_000)
                .injectNull(0.7);
        Arbitrary<String> host = mostly(Arbitraries.of("shop.example.com", "www.contoso.com", "a.b.c.d.org"),
                "Shop..com", "10.0.0.1", "*.x.*", "shop.example.com.").injectNull(0.5);
        Arbitrary<String> secret = mostly(dnsLabel().map(s -> s + "-tls"), "", "Shop_TLS");
        Arbitrary<String> email = mostly(Arbitraries.of("ops@contoso.com", "platform@fabrikam.io"),
                "not-an-email", "", "me@example.com");
        Arbitrary<String> duration = mostly(Arbitraries.of("2160h", "720h", "24h"), "90d", "1m", "")
                .injectNull(0.6);
        Arbitrary<String> taintKey = mostly(Arbitraries.of("dedicated", "gpu", "example.com/pool"), "", "Bad Key");
        return Combinators.combine(List.of(o(names()), o(names()), o(Arbitraries.of(true, false)), o(names()),
                o(replicas), o(containerSpec().list().ofMinSize(1).ofMaxSize(3)),
                o(Arbitraries.of("data")), o(Arbitraries.integers().between(0, 4)),
                o(taintKey), o(hpaMin), o(hpaMax), o(utilization), o(vpaMode), o(budget), o(priority), o(host),
                o(secret), o(email), o(Arbitraries.of(true, false)), o(duration), o(Extras.extras())))
                .as(Definitions::definition);
    }

    /** {@code arbitrary} as an arbitrary of objects, for {@link Combinators#combine(List)} of mixed types. */
    static Arbitrary<Object> o(Arbitrary<?> arbitrary) {
        return arbitrary.map(value -> (Object) value);
    }

    @SuppressWarnings("unchecked")
    private static Definition definition(List<Object> v) {
        return new Definition((String) v.get(0), (String) v.get(1), (Boolean) v.get(2), (String) v.get(3),
                (Integer) v.get(4), (List<ContainerSpec>) v.get(5), (String) v.get(6), (Integer) v.get(7),
                (String) v.get(8), (Integer) v.get(9), (Integer) v.get(10), (Integer) v.get(11),
                (UpdateMode) v.get(12), (Integer) v.get(13), (Integer) v.get(14), (String) v.get(15),
                (String) v.get(16), (String) v.get(17), (Boolean) v.get(18), (String) v.get(19), (Extras) v.get(20));
    }

}
