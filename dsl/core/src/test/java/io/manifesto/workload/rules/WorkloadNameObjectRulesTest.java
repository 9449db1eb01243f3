package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Workloads of one name and different kinds in manifests the DSL did not make. */
class WorkloadNameObjectRulesTest {

    private static final String WORKLOADS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: "web:1.0.0"}]}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: web}
            spec:
              serviceName: web
              selector: {matchLabels: {app: %s}}
              template:
                metadata: {labels: {app: %s}}
                spec: {containers: [{name: cache, image: "redis:7.4"}]}
            """;

    @Test
    void rejectsWorkloadsOfOneNameThatSelectEachOthersPods() {
        assertThat(PodYaml.problems(WORKLOADS.formatted("web", "web"))).containsExactly(
                "pod.yaml:12: error StatefulSet/web metadata.name = \"web\": Deployment/web has the same name and the"
                        + " selector of one selects the pods of the other, so a Service or disruption budget of"
                        + " either one selects the pods of both. Fix: rename one of them, and give each its own"
                        + " selector labels. [workload.duplicate-name]");
    }

    @Test
    void acceptsWorkloadsOfOneNameWithTheirOwnSelectorLabels() {
        assertThat(PodYaml.problems(WORKLOADS.formatted("cache", "cache"))).isEmpty();
    }
}
