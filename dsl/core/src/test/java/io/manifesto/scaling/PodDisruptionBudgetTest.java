package io.manifesto.scaling;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static io.manifesto.scaling.Builds.problems;
import static io.manifesto.scaling.Builds.warnings;
import static io.manifesto.scaling.Builds.web;
import static org.assertj.core.api.Assertions.assertThat;

class PodDisruptionBudgetTest {

    @Test
    void rendersTheWorkloadsSelectorAndTheBudget() {
        var web = web().replicas(3);
        var pdb = disruptionBudget(web).maxUnavailable(percent(34))
                .unhealthyPodEvictionPolicy(UnhealthyPodEvictionPolicy.IF_HEALTHY_BUDGET);

        assertThat(application("shop").add(web, pdb).build().toYaml()).contains("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  labels:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: web
                    app.kubernetes.io/part-of: shop
                  name: web
                spec:
                  maxUnavailable: 34%
                  selector:
                    matchLabels:
                      app.kubernetes.io/instance: shop
                      app.kubernetes.io/name: web
                  unhealthyPodEvictionPolicy: IfHealthyBudget
                """);
    }

    @Test
    void rejectsBothMinAvailableAndMaxUnavailable() {
        var web = web().replicas(3);

        assertThat(problems(application("shop").add(web,
                disruptionBudget(web).minAvailable(count(1)).maxUnavailable(count(1))))).containsExactly(
                "error PodDisruptionBudget/web spec.maxUnavailable = \"1\": a budget sets minAvailable or"
                        + " maxUnavailable, not both. Fix: keep one of .minAvailable(1) and .maxUnavailable(1)."
                        + " [pdb.min-xor-max]");
    }

    @Test
    void rejectsABudgetWithNeither() {
        var web = web().replicas(3);

        assertThat(problems(application("shop").add(web, disruptionBudget(web)))).containsExactly(
                "error PodDisruptionBudget/web spec.minAvailable = \"<none>\": a budget needs minAvailable or"
                        + " maxUnavailable. Fix: set one, e.g. .maxUnavailable(count(1)). [pdb.min-xor-max]");
    }

    @Test
    void rejectsMaxUnavailableZeroBecauseItBlocksEveryDrain() {
        var web = web().replicas(3);

        assertThat(problems(application("shop").add(web, disruptionBudget(web).maxUnavailable(percent(0)))))
                .containsExactly("error PodDisruptionBudget/web spec.maxUnavailable = \"0%\": no pod of"
                        + " Deployment/web may ever be evicted, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on. Fix: allow at least one, e.g. .maxUnavailable(count(1))."
                        + " [pdb.blocks-drain]");
    }

    @Test
    void rejectsMinAvailableEqualToTheReplicaCount() {
        var web = web().replicas(3);

        assertThat(problems(application("shop").add(web, disruptionBudget(web).minAvailable(count(3)))))
                .containsExactly("error PodDisruptionBudget/web spec.minAvailable = \"3\": every pod of"
                        + " Deployment/web must stay available, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on (it runs 3 replicas). Fix: use a minAvailable below 3,"
                        + " or .maxUnavailable(count(1)). [pdb.blocks-drain]");
    }

    @Test
    void rejectsMinAvailableOneOnTheDefaultSingleReplicaAndOneHundredPercent() {
        var web = web();

        assertThat(problems(application("shop").add(web, disruptionBudget(web).minAvailable(count(1)))))
                .containsExactly("error PodDisruptionBudget/web spec.minAvailable = \"1\": every pod of"
                        + " Deployment/web must stay available, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on (it runs 1 replica, the default). Fix: run at least 2"
                        + " replicas, or .maxUnavailable(count(1)) if an outage during a drain is acceptable."
                        + " [pdb.blocks-drain]");
        assertThat(problems(application("shop").add(web, disruptionBudget(web).minAvailable(percent(100)))))
                .containsExactly("error PodDisruptionBudget/web spec.minAvailable = \"100%\": every pod of"
                        + " Deployment/web must stay available, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on. Fix: use a lower percentage, or"
                        + " .maxUnavailable(count(1)). [pdb.blocks-drain]");
    }

    @Test
    void rejectsAMinAvailablePercentageThatRoundsUpToEveryReplica() {
        var web = web().replicas(2);

        assertThat(problems(application("shop").add(web, disruptionBudget(web).minAvailable(percent(80)))))
                .containsExactly("error PodDisruptionBudget/web spec.minAvailable = \"80%\": every pod of"
                        + " Deployment/web must stay available, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on (80% of 2 replicas rounds up to 2). Fix: use a lower"
                        + " percentage, or .maxUnavailable(count(1)). [pdb.blocks-drain]");
        application("shop").add(web, disruptionBudget(web).minAvailable(percent(50))).build();
    }

    @Test
    void warnsWhenMinAvailableIsAtOrAboveTheHpaMinimum() {
        var web = web();
        var hpa = hpa(web).replicas(2, 10).cpuUtilization(70);

        assertThat(warnings(application("shop").add(web, hpa, disruptionBudget(web).minAvailable(count(3)))))
                .containsExactly("warning PodDisruptionBudget/web spec.minAvailable = \"3\": minAvailable is at or"
                        + " above the 2 replicas (minReplicas) that HorizontalPodAutoscaler/web may scale"
                        + " Deployment/web down to, where no pod may be evicted and node drains block. Fix: lower"
                        + " minAvailable below 2, raise minReplicas of HorizontalPodAutoscaler/web, or use"
                        + " .maxUnavailable(count(1)). [pdb.min-available-above-hpa-min]");
        assertThat(warnings(application("shop").add(web, hpa, disruptionBudget(web).minAvailable(count(1)))))
                .isEmpty();
    }

    @Test
    void rejectsMinAvailableAtTheHpaMaximum() {
        var web = web();
        var hpa = hpa(web).replicas(2, 4).cpuUtilization(70);

        assertThat(problems(application("shop").add(web, hpa, disruptionBudget(web).minAvailable(count(4)))))
                .containsExactly("error PodDisruptionBudget/web spec.minAvailable = \"4\": every pod of"
                        + " Deployment/web must stay available, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on, even at the 4 replicas (maxReplicas) of"
                        + " HorizontalPodAutoscaler/web. Fix: use a minAvailable below 4, or"
                        + " .maxUnavailable(count(1)). [pdb.blocks-drain]");
    }

    @Test
    void reportsEveryErrorTogether() {
        var web = web().replicas(2);

        assertThat(problems(application("shop").add(web, disruptionBudget(web).withName("Web Budget")
                .maxUnavailable(percent(120)), disruptionBudget(deployment("api")).maxUnavailable(count(1)))))
                // the DSL's rules first, then the rules over the rendered objects
                .containsExactly(
                        "error PodDisruptionBudget/Web Budget metadata.name = \"Web Budget\": must be a DNS-1123"
                                + " subdomain: at most 253 characters of lower-case letters, digits, '-' and '.',"
                                + " starting and ending with a letter or digit. Fix: use a name such as"
                                + " \"web-budget\". [name.dns1123-subdomain]",
                        "error PodDisruptionBudget/api spec.selector = \"Deployment/api\": the application has no"
                                + " Deployment/api. Fix: add the workload to the application with .add(...), or"
                                + " target a workload it has. [pdb.target-missing]",
                        "error PodDisruptionBudget/Web Budget spec.maxUnavailable = \"120%\": is out of range. Fix:"
                                + " use a count of 0 or more, or a percentage from 0% to 100%. [pdb.out-of-range]");
    }

    @Test
    void rejectsMaxUnavailableAndPercentagesOnDaemonSetPodsButAcceptsAnIntegerMinAvailable() {
        var agent = daemonSet("agent").container(container("agent").image("registry.example.com/agent:1.0"));
        String blocks = " has no replica count (no scale subresource), so the disruption controller cannot compute";
        String fix = ": the budget allows no eviction and every node drain blocks. Fix: use an integer minAvailable"
                + " below the number of nodes its pods run on, e.g. .minAvailable(count(1)). [pdb.daemonset-budget]";

        assertThat(problems(application("shop").add(agent, disruptionBudget(agent).maxUnavailable(count(1)))))
                .containsExactly("error PodDisruptionBudget/agent spec.maxUnavailable = \"1\": DaemonSet/agent"
                        + blocks + " a maxUnavailable for its pods" + fix);
        assertThat(problems(application("shop").add(agent, disruptionBudget(agent).minAvailable(percent(50)))))
                .containsExactly("error PodDisruptionBudget/agent spec.minAvailable = \"50%\": DaemonSet/agent"
                        + blocks + " a percentage for its pods" + fix);
        // No replica count, so no blocks-drain check against the default of 1 replica.
        assertThat(warnings(application("shop").add(agent, disruptionBudget(agent).minAvailable(count(1)))))
                .isEmpty();
    }

    @Test
    void rejectsASecondBudgetOnTheSameWorkloadNamingTheFirst() {
        var web = web().replicas(3);

        assertThat(problems(application("shop").add(web, disruptionBudget(web).minAvailable(count(1)),
                disruptionBudget(web).withName("web-2").maxUnavailable(count(1))))).containsExactly(
                "error PodDisruptionBudget/web-2 spec.selector = \"Deployment/web\": the application already has"
                        + " PodDisruptionBudget/web on Deployment/web, and the eviction API refuses to evict a pod"
                        + " that more than one budget selects, so every node drain blocks. Fix: keep one budget per"
                        + " workload: remove this one or PodDisruptionBudget/web. [pdb.duplicate-target]");
    }

    @Test
    void acceptsAnyBudgetOnAWorkloadScaledToZero() {
        var web = web().replicas(0);

        assertThat(warnings(application("shop").add(web, disruptionBudget(web).minAvailable(count(0))))).isEmpty();
        assertThat(warnings(application("shop").add(web, disruptionBudget(web).minAvailable(count(2))))).isEmpty();
    }

    @Test
    void warnsWhenAPercentageRoundsUpToTheHpaMinimum() {
        var web = web();

        assertThat(warnings(application("shop").add(web, hpa(web).replicas(1, 10).cpuUtilization(70),
                disruptionBudget(web).minAvailable(percent(50))))).containsExactly(
                "warning PodDisruptionBudget/web spec.minAvailable = \"50%\": minAvailable is at or above the 1"
                        + " replica (minReplicas) that HorizontalPodAutoscaler/web may scale Deployment/web down to"
                        + " (50% of 1 rounds up to 1), where no pod may be evicted and node drains block. Fix: use"
                        + " a lower percentage, raise minReplicas of HorizontalPodAutoscaler/web, or use"
                        + " .maxUnavailable(count(1)). [pdb.min-available-above-hpa-min]");
        assertThat(warnings(application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70),
                disruptionBudget(web).minAvailable(percent(90))))).containsExactly(
                "warning PodDisruptionBudget/web spec.minAvailable = \"90%\": minAvailable is at or above the 2"
                        + " replicas (minReplicas) that HorizontalPodAutoscaler/web may scale Deployment/web down"
                        + " to (90% of 2 rounds up to 2), where no pod may be evicted and node drains block. Fix:"
                        + " use a lower percentage, raise minReplicas of HorizontalPodAutoscaler/web, or use"
                        + " .maxUnavailable(count(1)). [pdb.min-available-above-hpa-min]");
        assertThat(warnings(application("shop").add(web, hpa(web).replicas(3, 10).cpuUtilization(70),
                disruptionBudget(web).minAvailable(percent(50))))).isEmpty();
    }

    @Test
    void rejectsAPercentageThatRoundsUpToTheHpaMaximum() {
        var web = web();

        assertThat(problems(application("shop").add(web, hpa(web).replicas(2, 5).cpuUtilization(70),
                disruptionBudget(web).minAvailable(percent(90))))).containsExactly(
                "error PodDisruptionBudget/web spec.minAvailable = \"90%\": every pod of Deployment/web must stay"
                        + " available, so every node drain blocks and the cluster autoscaler cannot remove a node"
                        + " it runs on, even at the 5 replicas (maxReplicas) of HorizontalPodAutoscaler/web (90% of"
                        + " 5 rounds up to 5). Fix: use a lower percentage, or .maxUnavailable(count(1))."
                        + " [pdb.blocks-drain]");
    }

    @Test
    void reportsANullWorkload() {
        assertThat(problems(application("shop").add(disruptionBudget(null).maxUnavailable(count(1)))))
                .containsExactly("error PodDisruptionBudget/ spec.selector = \"<none>\": null was passed to"
                        + " disruptionBudget(...). Fix: pass a value, or leave the call out. [input.null]");
    }
}
