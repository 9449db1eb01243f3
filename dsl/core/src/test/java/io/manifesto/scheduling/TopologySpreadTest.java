package io.manifesto.scheduling;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static io.manifesto.scaling.Builds.problems;
import static io.manifesto.scaling.Builds.web;
import static org.assertj.core.api.Assertions.assertThat;

class TopologySpreadTest {

    @Test
    void rendersConstraintsWithTheWorkloadsSelector() {
        var web = web().replicas(3).with(spreadAcrossZones()).with(spreadAcrossHosts().maxSkew(2).scheduleAnyway());

        assertThat(application("shop").instance("shop-alice").add(web).build().toYaml()).contains("""
                      topologySpreadConstraints:
                      - labelSelector:
                          matchLabels:
                            app.kubernetes.io/instance: shop-alice
                            app.kubernetes.io/name: web
                        maxSkew: 1
                        topologyKey: topology.kubernetes.io/zone
                        whenUnsatisfiable: DoNotSchedule
                      - labelSelector:
                          matchLabels:
                            app.kubernetes.io/instance: shop-alice
                            app.kubernetes.io/name: web
                        maxSkew: 2
                        topologyKey: kubernetes.io/hostname
                        whenUnsatisfiable: ScheduleAnyway
                """);
    }

    @Test
    void rejectsAMaxSkewBelowOne() {
        var web = web().replicas(3).with(spreadAcrossZones().maxSkew(0));

        assertThat(problems(application("shop").add(web))).containsExactly(
                "error Deployment/web spec.template.spec.topologySpreadConstraints[0].maxSkew = \"0\": maxSkew must be"
                        + " at least 1. Fix: use 1 for an even spread, or more to allow some imbalance."
                        + " [topology.max-skew]");
    }

    @Test
    void rejectsTwoConstraintsOnTheSameKeyAndWhenUnsatisfiableTogetherWithOtherErrors() {
        var web = web().replicas(3).with(spreadAcrossHosts()).with(spreadAcrossHosts())
                .with(TopologySpread.across("not a key!"));

        assertThat(problems(application("shop").add(web))).containsExactly(
                // the DSL's checks first, then the object rules of the rendered constraints
                "error Deployment/web spec.template.spec.topologySpreadConstraints[2].topologyKey = \"not a key!\":"
                        + " is not a valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63"
                        + " characters of letters, digits, '-', '_' and '.', starting and ending with a letter or"
                        + " digit. Fix: use a key such as \"example.com/tier\" or \"tier\". [label.key]",
                "error Deployment/web spec.template.spec.topologySpreadConstraints[0].topologyKey ="
                        + " \"kubernetes.io/hostname\": 2 constraints of Deployment/web have this topologyKey and"
                        + " whenUnsatisfiable DoNotSchedule, which the API server rejects. Fix: keep one constraint"
                        + " per topology key and whenUnsatisfiable. [topology.duplicate]");
    }

    @Test
    void rendersMinDomainsOnADoNotScheduleConstraint() {
        var web = web().replicas(3).with(spreadAcrossZones().minDomains(3));

        assertThat(application("shop").add(web).build().toYaml()).contains("""
                        maxSkew: 1
                        minDomains: 3
                        topologyKey: topology.kubernetes.io/zone
                        whenUnsatisfiable: DoNotSchedule
                """);
    }

    @Test
    void rejectsMinDomainsBelowOneOrOnAScheduleAnywayConstraint() {
        var web = web().replicas(3).with(spreadAcrossZones().minDomains(0))
                .with(spreadAcrossHosts().minDomains(2).scheduleAnyway());

        assertThat(problems(application("shop").add(web))).containsExactly(
                "error Deployment/web spec.template.spec.topologySpreadConstraints[0].minDomains = \"0\": minDomains"
                        + " must be at least 1. Fix: use the number of domains the pods must spread over, e.g. 3"
                        + " zones, or leave it out. [topology.min-domains]",
                "error Deployment/web spec.template.spec.topologySpreadConstraints[1].minDomains = \"2\": minDomains"
                        + " applies only to whenUnsatisfiable DoNotSchedule, and the API server rejects it with"
                        + " ScheduleAnyway. Fix: remove .minDomains(2), or leave out .scheduleAnyway():"
                        + " DoNotSchedule is the default. [topology.min-domains]");
    }

    @Test
    void reportsANullWhenUnsatisfiableInsteadOfAssumingDoNotSchedule() {
        var web = web().replicas(3).with(spreadAcrossZones().whenUnsatisfiable(null));

        assertThat(problems(application("shop").add(web))).containsExactly(
                "error Deployment/web spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable = \"<none>\":"
                        + " null was passed to whenUnsatisfiable(...). Fix: pass a value, or leave the call out."
                        + " [input.null]");
    }
}
