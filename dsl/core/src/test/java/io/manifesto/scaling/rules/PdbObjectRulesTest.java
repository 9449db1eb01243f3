package io.manifesto.scaling.rules;

import io.manifesto.Manifesto;
import io.manifesto.render.ManifestReader;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget rules hold for budgets read from YAML and checked as objects, found by the pods they select. */
class PdbObjectRulesTest {

    /** A Deployment of 3 replicas whose pods carry {@code app: web}, and a DaemonSet. */
    private static final String WORKLOADS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers: [{name: web, image: "nginx:1.27.0", resources: {requests: {cpu: 100m}}}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  containers: [{name: agent, image: "agent:1.0.0"}]
            """;

    /** A budget named {@code name} on the pods labelled {@code app: <app>}, with {@code spec} in its spec. */
    private static String pdb(String name, String app, String spec) {
        return """
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: %s}
                spec:
                  selector: {matchLabels: {app: %s}}
                """.formatted(name, app) + spec.indent(2);
    }

    // read, then checked as objects: lint reads integers as big integers, which IntOrString fields refuse
    private static List<String> lint(String... pdbs) {
        return check(WORKLOADS + String.join("", pdbs));
    }

    private static List<String> check(String yaml) {
        return Manifesto.check(ManifestReader.read(yaml)).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsNeitherOrBothAndValuesOutOfRange() {
        assertThat(lint(pdb("web", "web", "minAvailable: 1\nmaxUnavailable: 150%\n"))).containsExactly(
                "error PodDisruptionBudget/web spec.maxUnavailable = \"150%\": a budget sets"
                        + " minAvailable or maxUnavailable, not both. Fix: keep one of spec.minAvailable (1) and"
                        + " spec.maxUnavailable (150%). [pdb.min-xor-max]",
                "error PodDisruptionBudget/web spec.maxUnavailable = \"150%\": is out of range."
                        + " Fix: use a count of 0 or more, or a percentage from 0% to 100%. [pdb.out-of-range]");
        assertThat(lint(pdb("web", "web", ""))).containsExactly(
                "error PodDisruptionBudget/web spec.minAvailable = \"<none>\": a budget needs"
                        + " minAvailable or maxUnavailable. Fix: set one, e.g. maxUnavailable: 1. [pdb.min-xor-max]");
        assertThat(lint(pdb("web", "web", "maxUnavailable: half\n"))).containsExactly(
                "error PodDisruptionBudget/web spec.maxUnavailable = \"half\": is not a count or a"
                        + " percentage. Fix: use a count of 0 or more, or a percentage from 0% to 100%."
                        + " [pdb.out-of-range]");
    }

    @Test
    void rejectsABudgetThatSelectsNoWorkloadOrRepeatsAnother() {
        assertThat(lint(pdb("web", "web", "maxUnavailable: 1\n"), pdb("web-2", "web", "maxUnavailable: 1\n"),
                pdb("api", "api", "maxUnavailable: 1\n"))).containsExactly(
                "error PodDisruptionBudget/web-2 spec.selector = \"Deployment/web\": the"
                        + " application already has PodDisruptionBudget/web on Deployment/web, and the eviction API"
                        + " refuses to evict a pod that more than one budget selects, so every node drain blocks. Fix:"
                        + " keep one budget per workload: remove this one or PodDisruptionBudget/web."
                        + " [pdb.duplicate-target]",
                "error PodDisruptionBudget/api spec.selector = \"{app=api}\": the application has"
                        + " no workload whose pods carry these labels. Fix: apply the workload with it, or select its"
                        + " pods' labels in spec.selector.matchLabels. [pdb.target-missing]");
    }

    @Test
    void rejectsBudgetsThatBlockEveryDrain() {
        assertThat(lint(pdb("web", "web", "minAvailable: 3\n"))).containsExactly(
                "error PodDisruptionBudget/web spec.minAvailable = \"3\": every pod of"
                        + " Deployment/web must stay available, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on (it runs 3 replicas). Fix: use a minAvailable below 3, or"
                        + " maxUnavailable: 1. [pdb.blocks-drain]");
        assertThat(lint(pdb("web", "web", "maxUnavailable: 0%\n"))).containsExactly(
                "error PodDisruptionBudget/web spec.maxUnavailable = \"0%\": no pod of"
                        + " Deployment/web may ever be evicted, so every node drain blocks and the cluster autoscaler"
                        + " cannot remove a node it runs on. Fix: allow at least one, e.g. maxUnavailable: 1."
                        + " [pdb.blocks-drain]");
        assertThat(lint(pdb("agent", "agent", "maxUnavailable: 1\n"))).containsExactly(
                "error PodDisruptionBudget/agent spec.maxUnavailable = \"1\": DaemonSet/agent has no"
                        + " replica count (no scale subresource), so the disruption controller cannot compute a"
                        + " maxUnavailable for its pods: the budget allows no eviction and every node drain blocks."
                        + " Fix: use an integer minAvailable below the number of nodes its pods run on, e.g."
                        + " minAvailable: 1. [pdb.daemonset-budget]");
    }

    @Test
    void warnsOfAMinAvailableAtTheMinimumOfTheHpaThatScalesTheWorkload() {
        String hpa = """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  minReplicas: 2
                  maxReplicas: 6
                """;
        String yaml = WORKLOADS.replace("  replicas: 3\n", "") + hpa + pdb("web", "web", "minAvailable: 60%\n");
        assertThat(check(yaml)).containsExactly(
                "warning PodDisruptionBudget/web spec.minAvailable = \"60%\": minAvailable is at or"
                        + " above the 2 replicas (minReplicas) that HorizontalPodAutoscaler/web may scale"
                        + " Deployment/web down to (60% of 2 rounds up to 2), where no pod may be evicted and node"
                        + " drains block. Fix: use a lower percentage, raise minReplicas of"
                        + " HorizontalPodAutoscaler/web, or use maxUnavailable: 1. [pdb.min-available-above-hpa-min]");
    }
}
