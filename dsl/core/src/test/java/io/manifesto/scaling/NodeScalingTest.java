package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.scheduling.TaintEffect;
import io.manifesto.scheduling.Toleration;
import org.junit.jupiter.api.Test;

import java.util.Map;

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
    void rejectsContradictoryEvictionHintsNamingTheOneThatWouldBeKept() {
        var web = web().replicas(2).with(safeToEvict()).with(notSafeToEvict()).with(safeToEvict());

        assertThat(problems(application("shop").add(web))).containsExactly(
                "error Deployment/web"
                        + " spec.template.metadata.annotations.cluster-autoscaler.kubernetes.io/safe-to-evict ="
                        + " \"true\": the pods have both safeToEvict() and notSafeToEvict(), and the annotation"
                        + " holds one value, so only the last, \"true\", would be kept. Fix: keep one:"
                        + " safeToEvict() lets the cluster autoscaler evict these pods to remove a node,"
                        + " notSafeToEvict() keeps every node they run on. [eviction.conflicting-hints]");
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
                        + " exist. Fix: add the PriorityClass to the application with .add(...), or refer to a class"
                        + " the cluster already has with PriorityClass.existing(\"batch\"). [priority.unknown-class]",
                "error PriorityClass/system-critical metadata.name = \"system-critical\": names starting with"
                        + " \"system-\" are reserved for the system's priority classes. Fix: choose another name,"
                        + " e.g. \"critical-priority\"; to give pods one of the cluster's own classes, use"
                        + " .with(PriorityClass.existing(\"system-critical\")) instead of adding a PriorityClass."
                        + " [priorityclass.reserved-name]",
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
    void sizesThePlaceholderLikeTheWorkloadsPods() {
        var web = web().replicas(2)
                .container(container("proxy").image("envoyproxy/envoy:v1.31.0").requests(cpu("50m"))
                        .limits(memory("64Mi")));
        var app = application("shop").add(web, overprovisioning("headroom").roomFor(web, 3));

        Deployment deployment = rendered(app, Deployment.class, "headroom");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests())
                .hasToString("{cpu=150m, memory=192Mi}");
    }

    @Test
    void sizesByTheLargestInitContainerWhenItRequestsMoreAndLetsATypedAmountReplaceTheWorkloads() {
        var web = web().replicas(2)
                .initContainer(container("migrate").image("registry.example.com/migrate:1.0")
                        .requests(cpu("1"), memory("64Mi")));
        var app = application("shop").add(web, overprovisioning("headroom").roomFor(web, 2)
                .requests(memory("1Gi")));

        assertThat(rendered(app, Deployment.class, "headroom").getSpec().getTemplate().getSpec().getContainers()
                .get(0).getResources().getRequests()).hasToString("{cpu=1, memory=1Gi}");
    }

    @Test
    void placesThePlaceholderOnTheNodesOfTheWorkloadsPodsWithoutItsPodAffinity() {
        var web = web().placement(placement().tolerate(Toleration.exists("sku")).nodeSelector("sku", "gpu"))
                .placement(placement().awayFromPods("kubernetes.io/hostname", Map.of("app.kubernetes.io/name", "web")));
        var app = application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70),
                nodePool("gpu").label("sku", "gpu").taint(taint("sku", "gpu", TaintEffect.NO_SCHEDULE)),
                overprovisioning("headroom").roomFor(web, 2));

        assertThat(app.build().toYaml()).contains("""
                      nodeSelector:
                        sku: gpu
                      priorityClassName: headroom
                      securityContext:
                        runAsNonRoot: true
                        seccompProfile:
                          type: RuntimeDefault
                      terminationGracePeriodSeconds: 0
                      tolerations:
                      - key: sku
                        operator: Exists
                """);
        // the anti-affinity keeps web's pods apart; it says nothing of where the placeholders may stand
        assertThat(rendered(app, Deployment.class, "headroom").getSpec().getTemplate().getSpec().getAffinity())
                .isNull();
    }

    @Test
    void keepsThePlaceholdersOfAWorkloadThatBurstsOntoVirtualNodesOnRegularNodes() {
        var web = web().placement(AksVirtualNodes.burst());
        var app = application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70),
                overprovisioning("headroom").roomFor(web, 2));

        assertThat(app.build().toYaml()).contains("""
                    spec:
                      affinity:
                        nodeAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution:
                          - preference:
                              matchExpressions:
                              - key: type
                                operator: NotIn
                                values:
                                - virtual-kubelet
                              - key: virtualization
                                operator: NotIn
                                values:
                                - virtualnode2
                            weight: 100
                          requiredDuringSchedulingIgnoredDuringExecution:
                            nodeSelectorTerms:
                            - matchExpressions:
                              - key: type
                                operator: NotIn
                                values:
                                - virtual-kubelet
                              - key: virtualization
                                operator: NotIn
                                values:
                                - virtualnode2
                      containers:
                      - image: registry.k8s.io/pause:3.10
                """);
    }

    @Test
    void warnsOfRoomForAWorkloadThatRunsOnlyOnVirtualNodes() {
        var web = web().placement(AksVirtualNodes.onlyV2());

        assertThat(warnings(application("shop").add(web, overprovisioning("headroom").roomFor(web, 2))))
                .containsExactly("warning Deployment/headroom spec.template.spec.containers[pause].resources.requests"
                        + " = \"Deployment/web\": the pods of Deployment/web run only on AKS virtual nodes v2, where"
                        + " ACI starts each pod on demand with no node to keep warm, so the placeholders reserve"
                        + " nothing and run as ACI containers that are billed. Fix: remove"
                        + " overprovisioning(\"headroom\"), or make room for a workload on regular nodes."
                        + " [overprovisioning.virtual-nodes]");
    }

    @Test
    void warnsOfRoomForPodsThatCannotPreemptThePlaceholders() {
        var batch = priorityClass("batch", -50);
        var worker = web().with(priority(batch));
        var lowDefault = priorityClass("low", -20).globalDefault();
        var polite = priorityClass("polite", 1000).preemptionPolicy(PreemptionPolicy.NEVER);

        assertThat(warnings(application("shop").add(batch, worker, overprovisioning("headroom").roomFor(worker, 2))))
                .containsExactly("warning PriorityClass/headroom value = \"-10\": the pods of Deployment/web run at"
                        + " priority -50 (PriorityClass/batch), not above the placeholders' -10, and the scheduler"
                        + " preempts only pods of lower priority, so they never get the room kept for them. Fix:"
                        + " give Deployment/web a priority above -10, or make room for another workload."
                        + " [overprovisioning.cannot-preempt]");
        assertThat(warnings(application("shop").add(lowDefault, web(),
                overprovisioning("headroom").roomFor(web(), 2)))).containsExactly(
                "warning PriorityClass/headroom value = \"-10\": the pods of Deployment/web run at priority -20"
                        + " (PriorityClass/low, the global default), not above the placeholders' -10, and the"
                        + " scheduler preempts only pods of lower priority, so they never get the room kept for"
                        + " them. Fix: give Deployment/web a priority above -10, or make room for another workload."
                        + " [overprovisioning.cannot-preempt]");
        assertThat(warnings(application("shop").add(polite, web().with(priority(polite)),
                overprovisioning("headroom").roomFor(web(), 2)))).containsExactly(
                "warning PriorityClass/headroom value = \"-10\": the pods of Deployment/web run at"
                        + " PriorityClass/polite, whose preemptionPolicy is Never, so they never preempt the"
                        + " placeholders and never get the room kept for them. Fix: remove .preemptionPolicy(NEVER)"
                        + " from PriorityClass/polite, or make room for another workload."
                        + " [overprovisioning.cannot-preempt]");
    }

    @Test
    void rejectsRoomForAWorkloadThatRequestsNothing() {
        var batch = deployment("batch").replicas(2)
                .container(container("batch").image("registry.example.com/batch:1.0"));

        assertThat(problems(application("shop").add(batch, overprovisioning("headroom").roomFor(batch, 2))))
                .containsExactly(
                        "error Deployment/headroom spec.template.spec.containers[pause].resources.requests ="
                                + " \"<none>\": a placeholder reserves exactly what it requests, and this one"
                                + " requests neither CPU nor memory, as the pods of Deployment/batch request none."
                                + " Fix: add .requests(cpu(\"100m\"), memory(\"128Mi\")) to the containers of"
                                + " Deployment/batch, or size the placeholder with .requests(...)."
                                + " [overprovisioning.requests]");
    }

    @Test
    void rejectsRoomForAWorkloadTheApplicationDoesNotContainOrNone() {
        assertThat(problems(application("shop").add(overprovisioning("headroom").roomFor(web(), 2),
                overprovisioning("spare").roomFor(null, 1)))).containsExactly(
                "error Deployment/headroom spec.template.spec.containers[pause].resources.requests ="
                        + " \"Deployment/web\": the application has no Deployment/web. Fix: add the workload to the"
                        + " application with .add(...), or target a workload it has."
                        + " [overprovisioning.target-missing]",
                "error Deployment/spare spec.template.spec.containers[pause].resources.requests = \"<none>\": null"
                        + " was passed to roomFor(...). Fix: pass a value, or leave the call out. [input.null]");
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
                                + " neither CPU nor memory. Fix: size it like the pods it stands in for, with"
                                + " .roomFor(workload, pods) or e.g. .requests(cpu(\"1\"), memory(\"2Gi\"))."
                                + " [overprovisioning.requests]",
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

    @Test
    void rejectsASecondGlobalDefaultPriorityClassNamingTheFirst() {
        assertThat(problems(application("shop").add(priorityClass("standard", 1000).globalDefault(),
                priorityClass("batch", -5), priorityClass("high", 5000).globalDefault()))).containsExactly(
                // the rule reads the rendered classes, which come in apply order (by name): high before standard
                "error PriorityClass/standard globalDefault = \"true\": the application already has a global"
                        + " default, PriorityClass/high, and the API server rejects a second PriorityClass with"
                        + " globalDefault: true. Fix: remove .globalDefault() from PriorityClass/standard or from"
                        + " PriorityClass/high. [priorityclass.global-default]");
    }

    @Test
    void rejectsTwoPriorityClassesOnOneWorkloadButAcceptsTheSameOneTwice() {
        var critical = priorityClass("critical", 1000);
        var batch = priorityClass("batch", -5);
        var web = web().replicas(2).with(priority(critical)).with(priority(batch));

        assertThat(problems(application("shop").add(critical, batch, web))).containsExactly(
                "error Deployment/web spec.template.spec.priorityClassName = \"batch\": the pods are given the"
                        + " priority classes critical and batch, and priorityClassName holds one, so only the last,"
                        + " batch, would be kept. Fix: keep one .with(priority(...)) on Deployment/web."
                        + " [priority.conflicting]");
        assertThat(warnings(application("shop").add(critical,
                web().replicas(2).with(priority(critical)).with(priority(critical))))).isEmpty();
    }

    @Test
    void rendersOnlyThePriorityClassNameOfAnExistingClass() {
        var app = application("shop").add(web().replicas(2).with(PriorityClass.existing("system-node-critical")),
                deployment("batch").container(container("batch").image("registry.example.com/batch:1.0"))
                        .with(existingPriority("platform-batch")));

        assertThat(rendered(app, Deployment.class, "web").getSpec().getTemplate().getSpec().getPriorityClassName())
                .isEqualTo("system-node-critical");
        assertThat(rendered(app, Deployment.class, "batch").getSpec().getTemplate().getSpec()
                .getPriorityClassName()).isEqualTo("platform-batch");
        assertThat(app.build().toYaml()).doesNotContain("kind: PriorityClass");
    }

    @Test
    void rejectsAnExistingClassWithoutAValidName() {
        assertThat(problems(application("shop").add(web().replicas(2).with(PriorityClass.existing(null)),
                deployment("batch").container(container("batch").image("registry.example.com/batch:1.0"))
                        .with(existingPriority("Batch_Jobs"))))).containsExactly(
                "error Deployment/web spec.template.spec.priorityClassName = \"<none>\": null was passed to"
                        + " PriorityClass.existing(...). Fix: pass a value, or leave the call out. [input.null]",
                "error Deployment/batch spec.template.spec.priorityClassName = \"Batch_Jobs\": must be a DNS-1123"
                        + " subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', starting"
                        + " and ending with a letter or digit. Fix: use a name such as \"batch-jobs\"."
                        + " [name.dns1123-subdomain]");
    }
}
