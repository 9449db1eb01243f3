package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static io.manifesto.scaling.Builds.problems;
import static io.manifesto.scaling.Builds.rendered;
import static io.manifesto.scaling.Builds.warnings;
import static io.manifesto.scaling.Builds.web;
import static org.assertj.core.api.Assertions.assertThat;

/** The eviction hint, priority classes and the overprovisioning placeholder. */
class NodeScalingTest {

    @Test
    void rendersTheEvictionHintAsAPodTemplateAnnotationString() {
        var app = application("shop").add(web().replicas(2).with(notSafeToEvict()));

        assertThat(rendered(app, Deployment.class, "web").getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("cluster-autoscaler.kubernetes.io/safe-to-evict", "false");
        assertThat(app.build().toYaml()).contains("cluster-autoscaler.kubernetes.io/safe-to-evict: \"false\"");
    }

    @Test
    void rejectsAnEvictionHintThatContradictsAHandWrittenAnnotation() {
        var web = web().replicas(2).podAnnotation(EvictionHint.ANNOTATION, "false").with(safeToEvict());

        assertThat(problems(application("shop").add(web))).containsExactly(
                "error Deployment/web spec.template.metadata.annotations.cluster-autoscaler.kubernetes.io/safe-to-evict"
                        + " = \"false\": the pod annotation says \"false\" while the eviction hint says \"true\"."
                        + " Fix: remove .podAnnotation(\"cluster-autoscaler.kubernetes.io/safe-to-evict\", ...) and"
                        + " keep the eviction hint. [eviction.conflicting-annotation]");
    }

    @Test
    void rendersAPriorityClassWithoutNamespaceAndThePodsPriorityClassName() {
        var critical = priorityClass("critical", 1000).description("user-facing");
        var app = application("shop").namespace("shop").add(critical, web().replicas(2).with(priority(critical)));

        assertThat(rendered(app, Deployment.class, "web").getSpec().getTemplate().getSpec().getPriorityClassName())
                .isEqualTo("critical");
        assertThat(app.build().toYaml()).startsWith("""
                ---
                apiVersion: scheduling.k8s.io/v1
                description: user-facing
                kind: PriorityClass
                metadata:
                  labels:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: critical
                    app.kubernetes.io/part-of: shop
                  name: critical
                value: 1000
                ---
                """);
    }

    @Test
    void rejectsAPriorityClassTheApplicationDoesNotContainAndReservedNamesAndValues() {
        var system = priorityClass("system-critical", 2_000_000_000);
        var web = web().replicas(2).with(priority(priorityClass("batch", -5)));

        assertThat(problems(application("shop").add(web, system))).containsExactly(
                "error Deployment/web spec.template.spec.priorityClassName = \"batch\": the application has no"
                        + " PriorityClass/batch, and the API server rejects pods of a priority class that does not"
                        + " exist. Fix: add the PriorityClass to the application with .add(...)."
                        + " [priority.unknown-class]",
                "error PriorityClass/system-critical metadata.name = \"system-critical\": names starting with"
                        + " \"system-\" are reserved for the system's priority classes. Fix: choose another name,"
                        + " e.g. \"critical-priority\". [priorityclass.reserved-name]",
                "error PriorityClass/system-critical value = \"2000000000\": values above 1000000000 are reserved for"
                        + " the system's priority classes. Fix: use a value of at most 1000000000."
                        + " [priorityclass.value]");
    }

    @Test
    void rendersTheOverprovisioningPlaceholderSizedFromTheDsl() {
        var app = application("shop").add(overprovisioning("headroom").replicas(3)
                .requests(cpu("500m"), memory("1Gi")));

        String yaml = app.build().toYaml();
        assertThat(yaml).contains("""
                kind: PriorityClass
                metadata:
                  labels:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: headroom
                    app.kubernetes.io/part-of: shop
                  name: headroom
                preemptionPolicy: Never
                value: -10
                """);
        Deployment deployment = rendered(app, Deployment.class, "headroom");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getPriorityClassName()).isEqualTo("headroom");
        assertThat(pod.getContainers()).singleElement().satisfies(c -> {
            assertThat(c.getImage()).isEqualTo("registry.k8s.io/pause:3.10");
            assertThat(c.getResources().getRequests()).containsOnlyKeys("cpu", "memory");
            assertThat(c.getResources().getRequests().get("memory").toString()).isEqualTo("1Gi");
        });
    }

    @Test
    void rejectsAPlaceholderThatReservesNothingOrOutranksRealPods() {
        assertThat(problems(application("shop").add(overprovisioning("headroom").replicas(0).priority(0))))
                .containsExactly(
                        "error Deployment/headroom spec.replicas = \"0\": a placeholder without replicas keeps no"
                                + " headroom. Fix: use 1 or more; the headroom is replicas × requests."
                                + " [overprovisioning.replicas]",
                        "error Deployment/headroom spec.template.spec.containers[pause].resources.requests ="
                                + " \"<none>\": a placeholder reserves exactly what it requests, and this one requests"
                                + " neither CPU nor memory. Fix: size it like the pods it stands in for, e.g."
                                + " .requests(cpu(\"1\"), memory(\"2Gi\")). [overprovisioning.requests]",
                        "error PriorityClass/headroom value = \"0\": placeholder pods must have a priority below that"
                                + " of real pods (0 by default), or nothing preempts them. Fix: use a negative"
                                + " priority, e.g. -10. [overprovisioning.priority]");
    }

    @Test
    void warnsOfAPlaceholderTheAutoscalerTreatsAsExpendable() {
        assertThat(warnings(application("shop").add(overprovisioning("headroom").priority(-100)
                .requests(cpu("1")))))
                .containsExactly("warning PriorityClass/headroom value = \"-100\": the cluster autoscaler treats pods"
                        + " below its --expendable-pods-priority-cutoff (-10 by default) as expendable and adds no node"
                        + " for them, so no headroom is kept. Fix: use a priority from -10 to -1, or lower the"
                        + " autoscaler's cut-off. [overprovisioning.expendable]");
    }
}
