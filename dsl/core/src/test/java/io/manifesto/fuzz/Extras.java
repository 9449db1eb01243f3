package io.manifesto.fuzz;

import io.manifesto.core.Application;
import io.manifesto.resources.ResourceName;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.PriorityClass;
import io.manifesto.scheduling.TopologySpread;
import io.manifesto.scheduling.Toleration;
import io.manifesto.tls.ManagedIdentity;
import io.manifesto.workload.Workload;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

import static io.manifesto.Manifesto.*;

/**
 * The less common parts of a generated definition ({@link Definitions}): topology spread, eviction hints, an
 * existing priority class, headroom sized from the workload, a wildcard certificate through Azure DNS, a VPA on
 * memory beside an HPA on CPU, and a node agent that tolerates every taint.
 *
 * @param spread       0 none, 1 across zones, 2 across hosts, 3 across zones with ScheduleAnyway
 * @param eviction     0 none, 1 safe to evict, 2 not safe to evict
 * @param existing     an existing priority class name, or {@code null}
 * @param headroomPods placeholder pods of an overprovisioning sized from the workload, or {@code null}
 * @param wildcard     a wildcard certificate for {@code *.<zone>} issued through Azure DNS
 * @param zone         the DNS zone of the wildcard
 * @param memoryVpa    a VPA on memory only, beside an HPA on CPU
 * @param agent        a DaemonSet that tolerates every taint, on a cluster without AKS virtual nodes
 */
record Extras(int spread, int eviction, String existing, Integer headroomPods, boolean wildcard, String zone,
              boolean memoryVpa, boolean agent) {

    static Arbitrary<Extras> extras() {
        Arbitrary<String> existing = Definitions.mostly(Arbitraries.of("system-node-critical", "platform-high"),
                "", "System_Critical").injectNull(0.7);
        Arbitrary<Integer> headroom = Definitions.mostlyNotNull(Arbitraries.integers().between(1, 3), 0, -1)
                .injectNull(0.7);
        Arbitrary<String> zone = Definitions.mostly(Arbitraries.of("example.com", "contoso.net"), "Example..com",
                "*.example.com");
        Arbitrary<Boolean> third = Arbitraries.of(true, false, false);
        return Combinators.combine(List.of(Definitions.o(Arbitraries.integers().between(0, 3)),
                Definitions.o(Arbitraries.integers().between(0, 2)), Definitions.o(existing), Definitions.o(headroom),
                Definitions.o(third), Definitions.o(zone), Definitions.o(third),
                Definitions.o(Arbitraries.of(true, false, false, false)))).as(v -> new Extras((Integer) v.get(0),
                (Integer) v.get(1), (String) v.get(2), (Integer) v.get(3), (Boolean) v.get(4), (String) v.get(5),
                (Boolean) v.get(6), (Boolean) v.get(7)));
    }

    /** The workload with the pod traits of these extras. */
    Workload<?> traits(Workload<?> workload) {
        Workload<?> result = switch (spread) {
            case 1 -> workload.with(spreadAcrossZones());
            case 2 -> workload.with(spreadAcrossHosts());
            case 3 -> workload.with(spreadAcrossZones().scheduleAnyway());
            default -> workload;
        };
        result = switch (eviction) {
            case 1 -> result.with(safeToEvict());
            case 2 -> result.with(notSafeToEvict());
            default -> result;
        };
        return existing == null ? result : result.with(PriorityClass.existing(existing));
    }

    /** Adds the components of these extras for {@code workload} (already added) to {@code app}. */
    void addTo(Application.Builder app, Workload<?> workload, boolean hasHpa) {
        if (headroomPods != null) {
            app.add(overprovisioning("headroom").roomFor(workload, headroomPods));
        }
        if (memoryVpa && hasHpa) {
            app.add(vpa(workload).containerPolicy(ContainerPolicy.forAllContainers()
                    .controlledResources(ResourceName.MEMORY)));
        }
        if (wildcard) {
            var issuer = clusterIssuer("fuzz-dns", letsEncryptProduction().email("ops@contoso.com")
                    .solver(dns01(azureDns("00000000-0000-0000-0000-000000000000", "dns-rg").hostedZone(zone)
                            .managedIdentity(ManagedIdentity.clientId("11111111-1111-1111-1111-111111111111")))));
            app.add(issuer, certificate("fuzz-wildcard", issuer).secretName("fuzz-wildcard-tls")
                    .dnsNames("*." + zone, zone));
        }
        if (agent) {
            // a node agent tolerates every taint, so it would be held to the virtual nodes' limits (no DaemonSets)
            app.withoutAksVirtualNodes();
            app.add(daemonSet("fuzz-agent").container(container("agent").image("fluent/fluent-bit:3.1.4")
                    .requests(cpu("50m"), memory("64Mi")).limits(cpu("200m"), memory("128Mi")))
                    .placement(placement().tolerate(Toleration.everything())));
        }
    }
}
