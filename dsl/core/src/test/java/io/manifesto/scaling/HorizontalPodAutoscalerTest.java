package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceName;
import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static io.manifesto.scaling.Builds.problems;
import static io.manifesto.scaling.Builds.rendered;
import static io.manifesto.scaling.Builds.warnings;
import static io.manifesto.scaling.Builds.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class HorizontalPodAutoscalerTest {

    @Test
    void rendersHpaWithoutReplicasOnTarget() {
        var web = web();
        var app = application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70));

        assertThat(rendered(app, Deployment.class, "web").getSpec().getReplicas()).isNull();
        String yaml = app.build().toYaml();
        assertThat(yaml).contains("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                """).contains("""
                spec:
                  maxReplicas: 10
                  metrics:
                  - resource:
                      name: cpu
                      target:
                        averageUtilization: 70
                        type: Utilization
                    type: Resource
                  minReplicas: 2
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: web
                """).doesNotContain("behavior");
    }

    @Test
    void rejectsFixedReplicaCountOnTheWorkloadItScales() {
        var web = web().replicas(3);

        assertThat(problems(application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70))))
                .containsExactly("error Deployment/web spec.replicas = \"3\": HorizontalPodAutoscaler/web owns the"
                        + " replica count, so a fixed count would be reset on every apply. Fix: remove .replicas(3)"
                        + " from Deployment/web and set the range on HorizontalPodAutoscaler/web."
                        + " [workload.replicas-owned]");
    }

    @Test
    void rejectsMinReplicasAboveMax() {
        var web = web();

        assertThat(problems(application("shop").add(web, hpa(web).replicas(11, 10).cpuUtilization(70))))
                .containsExactly("error HorizontalPodAutoscaler/web spec.minReplicas = \"11\": 'minReplicas' (11)"
                        + " must be less than or equal to 'maxReplicas' (10). Fix: lower minReplicas to at most 10,"
                        + " or raise maxReplicas to at least 11. [hpa.min-above-max]");
    }

    @Test
    void rejectsZeroMinReplicasAndMissingMaxReplicas() {
        var web = web();

        assertThat(problems(application("shop").add(web, hpa(web).minReplicas(0).cpuUtilization(70))))
                .containsExactly(
                        "error HorizontalPodAutoscaler/web spec.minReplicas = \"0\": 'minReplicas' must be at least 1."
                                + " Fix: use 1 or more: scaling to zero needs the alpha HPAScaleToZero feature gate."
                                + " [hpa.min-replicas]",
                        "error HorizontalPodAutoscaler/web spec.maxReplicas = \"<none>\": an HPA needs a"
                                + " 'maxReplicas' of at least 1. Fix: set the range with .replicas(min, max), e.g."
                                + " .replicas(2, 10). [hpa.max-replicas]");
    }

    @Test
    void rejectsATargetTheApplicationDoesNotContain() {
        assertThat(problems(application("shop").add(hpa(web()).replicas(2, 10).cpuUtilization(70))))
                .containsExactly("error HorizontalPodAutoscaler/web spec.scaleTargetRef.name = \"Deployment/web\":"
                        + " the application has no Deployment/web. Fix: add the workload to the application with"
                        + " .add(...), or target a workload it has. [hpa.target-missing]");
    }

    @Test
    void rejectsCpuUtilizationWhenASidecarRequestsNoCpuButIgnoresInitContainers() {
        var web = web()
                .container(container("proxy").image("envoyproxy/envoy:v1.31.0").requests(memory("64Mi")))
                .initContainer(container("migrate").image("registry.example.com/migrate:1.0"));

        assertThat(problems(application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70))))
                .containsExactly("error HorizontalPodAutoscaler/web"
                        + " spec.metrics[0].resource.target.averageUtilization = \"70\": utilisation is measured"
                        + " against the CPU request, and container proxy of Deployment/web requests no CPU:"
                        + " Kubernetes accepts this HPA and it never scales. Fix: add .requests(cpu(\"100m\")) to"
                        + " container proxy of Deployment/web, or target an average value instead of a utilisation."
                        + " [hpa.missing-request]");
    }

    @Test
    void rejectsMemoryUtilizationWithoutMemoryRequestButAcceptsAnAverageValue() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .requests(cpu("100m")));

        assertThat(problems(application("shop").add(web, hpa(web).replicas(1, 3).memoryUtilization(80))))
                .containsExactly("error HorizontalPodAutoscaler/web"
                        + " spec.metrics[0].resource.target.averageUtilization = \"80\": utilisation is measured"
                        + " against the memory request, and container web of Deployment/web requests no memory:"
                        + " Kubernetes accepts this HPA and it never scales. Fix: add .requests(memory(\"128Mi\"))"
                        + " to container web of Deployment/web, or target an average value instead of a"
                        + " utilisation. [hpa.missing-request]");
        application("shop").add(web, hpa(web).replicas(1, 3).memoryAverageValue("200Mi")).build();
    }

    @Test
    void rejectsTheDefaultCpuMetricWhenAContainerRequestsNoCpu() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0"));

        assertThat(problems(application("shop").add(web, hpa(web).replicas(1, 3))))
                .containsExactly("error HorizontalPodAutoscaler/web spec.metrics = \"<none>\": without metrics"
                        + " Kubernetes scales on CPU utilisation 80%, measured against the CPU request, and container"
                        + " web of Deployment/web requests no CPU: the HPA would never scale. Fix: add"
                        + " .requests(cpu(\"100m\")) to container web of Deployment/web, or give the HPA a metric."
                        + " [hpa.missing-request]");
    }

    @Test
    void checksContainerResourceMetricsAgainstTheirOwnContainerOnly() {
        var web = web().container(container("proxy").image("envoyproxy/envoy:v1.31.0"));
        var ok = hpa(web).replicas(1, 3).metric(Metric.containerResource("web", ResourceName.CPU,
                MetricTarget.utilization(60)));
        application("shop").add(web, ok).build();

        var wrong = hpa(web).replicas(1, 3).metric(Metric.containerResource("cache", ResourceName.CPU,
                MetricTarget.utilization(60)));
        assertThat(problems(application("shop").add(web, wrong)))
                .containsExactly("error HorizontalPodAutoscaler/web spec.metrics[0].containerResource.container"
                        + " = \"cache\": Deployment/web has no container of this name; it has [web, proxy]. Fix:"
                        + " name one of its containers (init containers are not measured). [hpa.unknown-container]");
    }

    @Test
    void rejectsATargetTypeTheMetricSourceDoesNotAccept() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.pods("requests_per_second", MetricTarget.utilization(50)))
                .metric(Metric.cpu(MetricTarget.value("1")));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].pods.target.type = \"Utilization\": a Pods"
                        + " metric does not accept a Utilization target. Fix: use MetricTarget.averageValue(quantity)."
                        + " [hpa.metric-target]",
                "error HorizontalPodAutoscaler/web spec.metrics[1].resource.target.type = \"Value\": a Resource"
                        + " metric does not accept a Value target. Fix: use MetricTarget.utilization(percent) or"
                        + " MetricTarget.averageValue(quantity). [hpa.metric-target]");
    }

    @Test
    void rejectsTargetsThatAreNotAboveZeroOrNotQuantities() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .cpuUtilization(0)
                .metric(Metric.external("queue_messages", MetricTarget.averageValue("0")))
                .metric(Metric.external("queue_messages", MetricTarget.value("30 messages")));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].resource.target.averageUtilization = \"0\": a"
                        + " utilisation target must be above 0%. Fix: use a percentage of the request, e.g. 70."
                        + " [hpa.metric-value]",
                "error HorizontalPodAutoscaler/web spec.metrics[1].external.target.averageValue = \"0\": a target"
                        + " value must be above 0. Fix: use a positive quantity, e.g. \"500m\". [hpa.metric-value]",
                "error HorizontalPodAutoscaler/web spec.metrics[2].external.target.value = \"30 messages\": is not"
                        + " a Kubernetes quantity: a number with an optional suffix (n, u, m, k, M, G, T, P, E, Ki,"
                        + " Mi, Gi, Ti, Pi, Ei, or e<n>). Fix: write it like \"500m\". [quantity.format]");
    }

    @Test
    void rejectsUnnamedMetricsAndResourcesTheMetricsApiDoesNotReport() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.pods(" ", MetricTarget.averageValue("10")))
                .metric(new Metric.Resource(ResourceName.EPHEMERAL_STORAGE, MetricTarget.averageValue("1Gi")));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].pods.metric.name = \" \": is required. Fix: name"
                        + " it as the metrics adapter exposes it. [hpa.metric-name]",
                "error HorizontalPodAutoscaler/web spec.metrics[1].resource.name = \"ephemeral-storage\": the"
                        + " resource metrics API reports only cpu and memory, so this metric never has a value. Fix:"
                        + " scale on cpu or memory, or on a Pods or External metric. [hpa.metric-resource]");
    }

    @Test
    void rendersEachMetricWithOnlyItsOwnSourceBlockAndTargetField() {
        var web = web();
        var hpa = hpa(web).replicas(1, 5)
                .metric(Metric.containerResource("web", ResourceName.MEMORY, MetricTarget.averageValue("100Mi")))
                .metric(Metric.pods("requests_per_second", MetricTarget.averageValue("50")).selecting("verb", "GET"))
                .metric(Metric.object("networking.k8s.io/v1", "Ingress", "shop", "requests_per_second",
                        MetricTarget.value("2k")))
                .metric(Metric.external("queue_messages", MetricTarget.averageValue("30")));

        String yaml = application("shop").add(web, hpa).build().toYaml();

        assertThat(yaml).contains("""
                  metrics:
                  - containerResource:
                      container: web
                      name: memory
                      target:
                        averageValue: 100Mi
                        type: AverageValue
                    type: ContainerResource
                  - pods:
                      metric:
                        name: requests_per_second
                        selector:
                          matchLabels:
                            verb: GET
                      target:
                        averageValue: "50"
                        type: AverageValue
                    type: Pods
                  - object:
                      describedObject:
                        apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        name: shop
                      metric:
                        name: requests_per_second
                      target:
                        type: Value
                        value: 2k
                    type: Object
                  - external:
                      metric:
                        name: queue_messages
                      target:
                        averageValue: "30"
                        type: AverageValue
                    type: External
                """);
    }

    @Test
    void rendersOnlyTheBehaviourThatIsSet() {
        var web = web();
        var hpa = hpa(web).replicas(2, 10).cpuUtilization(70)
                .scaleDown(ScalingRules.defaults().stabilizationWindowSeconds(600))
                .scaleUp(ScalingRules.defaults());

        HorizontalPodAutoscaler rendered = rendered(application("shop").add(web, hpa),
                HorizontalPodAutoscaler.class, "web");

        assertThat(rendered.getSpec().getBehavior().getScaleUp()).isNull();
        assertThat(rendered.getSpec().getBehavior().getScaleDown().getStabilizationWindowSeconds()).isEqualTo(600);
        assertThat(rendered.getSpec().getBehavior().getScaleDown().getSelectPolicy()).isNull();
        assertThat(rendered.getSpec().getBehavior().getScaleDown().getPolicies()).isEmpty();
    }

    @Test
    void rejectsBehaviourOutOfRange() {
        var web = web();
        var hpa = hpa(web).replicas(2, 10).cpuUtilization(70)
                .scaleUp(ScalingRules.defaults().stabilizationWindowSeconds(3601)
                        .policy(ScalingPolicy.pods(0, 15)))
                .scaleDown(ScalingRules.defaults().stabilizationWindowSeconds(-1)
                        .policy(ScalingPolicy.percent(10, 1801)).selectPolicy(SelectPolicy.DISABLED));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.behavior.scaleUp.stabilizationWindowSeconds = \"3601\": the"
                        + " stabilisation window must be between 0 and 3600 seconds. Fix: use a window from 0 to 3600,"
                        + " or leave it to the Kubernetes default. [hpa.stabilization-window]",
                "error HorizontalPodAutoscaler/web spec.behavior.scaleUp.policies[0].value = \"0\": a Pods policy"
                        + " must allow a change above 0. Fix: use a value of 1 or more; to stop scaling in this"
                        + " direction use SelectPolicy.DISABLED. [hpa.policy]",
                "error HorizontalPodAutoscaler/web spec.behavior.scaleDown.stabilizationWindowSeconds = \"-1\": the"
                        + " stabilisation window must be between 0 and 3600 seconds. Fix: use a window from 0 to 3600,"
                        + " or leave it to the Kubernetes default. [hpa.stabilization-window]",
                "error HorizontalPodAutoscaler/web spec.behavior.scaleDown.policies[0].periodSeconds = \"1801\": a"
                        + " policy period must be between 1 and 1800 seconds. Fix: use a period from 1 to 1800."
                        + " [hpa.policy]");
    }

    @Test
    void reportsEveryErrorTogether() {
        var web = web().replicas(3).container(container("proxy").image("envoyproxy/envoy:v1.31.0"));
        var hpa = hpa(web).replicas(5, 4).cpuUtilization(70)
                .scaleDown(ScalingRules.defaults().stabilizationWindowSeconds(4000));

        assertThat(problems(application("shop").add(web, hpa))).extracting(p -> p.substring(p.lastIndexOf('[')))
                // the DSL's rules first, then the rules over the rendered objects
                .containsExactly("[hpa.min-above-max]", "[hpa.stabilization-window]", "[hpa.missing-request]",
                        "[workload.replicas-owned]");
    }

    @Test
    void rejectsADaemonSetWhichHasNoScaleSubresource() {
        var agent = daemonSet("agent").container(container("agent").image("registry.example.com/agent:1.0")
                .requests(cpu("100m")));

        assertThat(problems(application("shop").add(agent, hpa(agent).replicas(2, 10).cpuUtilization(70))))
                .containsExactly("error HorizontalPodAutoscaler/agent spec.scaleTargetRef.name = \"DaemonSet/agent\":"
                        + " a DaemonSet runs one pod per node and has no scale subresource, so an HPA can never"
                        + " scale it. Fix: target a Deployment or StatefulSet instead. [hpa.target-kind]");
    }

    @Test
    void reportsNullMetricsTargetsAndPolicyTypesWithTheirFields() {
        var web = web();
        var hpa = hpa(web).replicas(2, 10)
                .metric(null)
                .metric(Metric.cpu(null))
                .metric(Metric.containerResource(null, null, null))
                .metric(Metric.external("queue", null))
                .scaleUp(ScalingRules.defaults().policy(new ScalingPolicy(null, 1, 15)));
        String fix = ". Fix: pass a value, or leave the call out. [input.null]";

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics = \"<none>\": null was passed to metric(...)" + fix,
                "error HorizontalPodAutoscaler/web spec.metrics[0].resource.target = \"<none>\": null was passed to"
                        + " Metric.cpu(...)" + fix,
                "error HorizontalPodAutoscaler/web spec.metrics[1].containerResource.container = \"<none>\": null"
                        + " was passed to Metric.containerResource(...)" + fix,
                "error HorizontalPodAutoscaler/web spec.metrics[1].containerResource.name = \"<none>\": null was"
                        + " passed to Metric.containerResource(...)" + fix,
                "error HorizontalPodAutoscaler/web spec.metrics[1].containerResource.target = \"<none>\": null was"
                        + " passed to Metric.containerResource(...)" + fix,
                "error HorizontalPodAutoscaler/web spec.metrics[2].external.target = \"<none>\": null was passed to"
                        + " Metric.external(...)" + fix,
                "error HorizontalPodAutoscaler/web spec.behavior.scaleUp.policies[0].type = \"<none>\": null was"
                        + " passed to new ScalingPolicy(...)" + fix);
    }

    @Test
    void keepsMetricSelectorsSortedByKey() {
        var metric = Metric.pods("queue_length", MetricTarget.averageValue("10"))
                .selecting("zone", "b").selecting("app", "a").selecting("queue", "orders");

        assertThat(metric.selector()).containsExactly(entry("app", "a"), entry("queue", "orders"), entry("zone", "b"));
        assertThat(metric.toString()).isEqualTo("Pods[name=queue_length, selector={app=a, queue=orders, zone=b},"
                + " target=average 10]");
    }

    @Test
    void rejectsASecondHpaOnTheSameWorkloadNamingTheFirst() {
        var web = web();

        assertThat(problems(application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70),
                hpa(web).withName("web2").replicas(2, 10).memoryUtilization(80))))
                .containsExactly("error HorizontalPodAutoscaler/web2 spec.scaleTargetRef.name = \"Deployment/web\":"
                        + " the application already scales Deployment/web with HorizontalPodAutoscaler/web, and with"
                        + " two HPAs on one workload the HPA controller reports AmbiguousSelector and neither scales"
                        + " it. Fix: remove this HPA, or move its metrics into HorizontalPodAutoscaler/web."
                        + " [hpa.duplicate-target]");
    }

    @Test
    void acceptsAUtilizationOnAResourceThatAContainerOnlyLimits() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .limits(cpu("500m"), memory("256Mi")));

        assertThat(warnings(application("shop").add(web,
                hpa(web).replicas(1, 3).cpuUtilization(70).memoryUtilization(80)))).isEmpty();
        assertThat(warnings(application("shop").add(web, hpa(web).replicas(1, 3)))).isEmpty();
    }

    @Test
    void rejectsATargetThatSetsAFieldItsTypeDoesNotRead() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.cpu(new MetricTarget(MetricTarget.Type.AVERAGE_VALUE, 70, Quantity.of("100m"))))
                .metric(Metric.external("queue", new MetricTarget(MetricTarget.Type.VALUE, 50, Quantity.of("10"))))
                .metric(Metric.memory(new MetricTarget(MetricTarget.Type.UTILIZATION, 80, Quantity.of("1Gi"))));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].resource.target.type = \"AverageValue\": the"
                        + " target type AverageValue reads only averageValue, and this target also sets"
                        + " averageUtilization (70). Fix: build it with MetricTarget.averageValue(quantity), which"
                        + " sets only averageValue. [hpa.metric-target]",
                "error HorizontalPodAutoscaler/web spec.metrics[1].external.target.type = \"Value\": the target type"
                        + " Value reads only value, and this target also sets averageUtilization (50). Fix: build"
                        + " it with MetricTarget.value(quantity), which sets only value. [hpa.metric-target]",
                "error HorizontalPodAutoscaler/web spec.metrics[2].resource.target.type = \"Utilization\": the"
                        + " target type Utilization reads only averageUtilization, and this target also sets a"
                        + " quantity (1Gi). Fix: build it with MetricTarget.utilization(percent), which sets only"
                        + " averageUtilization. [hpa.metric-target]");
    }

    @Test
    void rendersOnlyTheFieldTheTargetTypeReads() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.cpu(new MetricTarget(MetricTarget.Type.AVERAGE_VALUE, null, Quantity.of("100m"))));

        var target = rendered(application("shop").add(web, hpa), HorizontalPodAutoscaler.class, "web")
                .getSpec().getMetrics().get(0).getResource().getTarget();
        assertThat(target.getAverageUtilization()).isNull();
        assertThat(target.getAverageValue().toString()).isEqualTo("100m");
    }

    @Test
    void rejectsMetricNamesThatAreNotUrlPathSegments() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.external("queue/len", MetricTarget.averageValue("30")))
                .metric(Metric.pods("..", MetricTarget.averageValue("10")))
                .metric(Metric.object("networking.k8s.io/v1", "Ingress", "shop%1", "requests_per_second",
                        MetricTarget.value("2k")));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].external.metric.name = \"queue/len\": may not"
                        + " contain '/': it is a segment of the metrics API's URL path, and the API server rejects"
                        + " it. Fix: name it as the metrics adapter exposes it. [hpa.metric-name]",
                "error HorizontalPodAutoscaler/web spec.metrics[1].pods.metric.name = \"..\": may not be '..': it is"
                        + " a segment of the metrics API's URL path, and the API server rejects it. Fix: name it as"
                        + " the metrics adapter exposes it. [hpa.metric-name]",
                "error HorizontalPodAutoscaler/web spec.metrics[2].object.describedObject.name = \"shop%1\": may not"
                        + " contain '%': it is a segment of the metrics API's URL path, and the API server rejects"
                        + " it. Fix: name the object the metric describes, e.g. the Ingress \"shop\"."
                        + " [hpa.metric-name]");
    }

    @Test
    void rejectsAnObjectMetricWithoutItsObjectNamingWhatIsMissing() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.object(null, null, "", "requests_per_second", MetricTarget.value("2k")));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].object.describedObject.kind = \"<none>\": is"
                        + " required. Fix: name the kind of the object the metric describes, e.g. \"Ingress\"."
                        + " [hpa.metric-name]",
                "error HorizontalPodAutoscaler/web spec.metrics[0].object.describedObject.name = \"\": is required."
                        + " Fix: name the object the metric describes, e.g. the Ingress \"shop\". [hpa.metric-name]");
    }

    @Test
    void rejectsMetricSelectorsThatAreNotLabels() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.external("queue", MetricTarget.averageValue("30")).selecting("bad key!", "x"))
                .metric(Metric.pods("rps", MetricTarget.averageValue("10")).selecting(null, null))
                .metric(Metric.external("queue", MetricTarget.averageValue("30")).selecting("queue", "orders/eu"));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].external.metric.selector.matchLabels = \"bad"
                        + " key!\": is not a valid label key: an optional DNS-1123 subdomain prefix and '/', then"
                        + " at most 63 characters of letters, digits, '-', '_' and '.', starting and ending with a"
                        + " letter or digit. Fix: use a key such as \"example.com/tier\" or \"tier\". [label.key]",
                "error HorizontalPodAutoscaler/web spec.metrics[1].pods.metric.selector.matchLabels = \"\": is not a"
                        + " valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63"
                        + " characters of letters, digits, '-', '_' and '.', starting and ending with a letter or"
                        + " digit. Fix: use a key such as \"example.com/tier\" or \"tier\". [label.key]",
                "error HorizontalPodAutoscaler/web spec.metrics[2].external.metric.selector.matchLabels.queue ="
                        + " \"orders/eu\": is not a valid label value: at most 63 characters of letters, digits,"
                        + " '-', '_' and '.', starting and ending with a letter or digit. Fix: shorten it or"
                        + " replace the other characters, e.g. \"orders-eu\". [label.value]");
    }

    @Test
    void reportsNullWorkloadsTargetTypesAndQuantitiesAsNull() {
        var web = web();
        var hpa = hpa(web).replicas(1, 3)
                .metric(Metric.cpu(MetricTarget.averageValue(null)))
                .metric(Metric.external("queue", MetricTarget.value(null)))
                .metric(Metric.cpu(new MetricTarget(null, 70, null)));

        assertThat(problems(application("shop").add(web, hpa, hpa(null).replicas(1, 3)))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].resource.target.averageValue = \"<none>\": null"
                        + " was passed to MetricTarget.averageValue(...). Fix: pass a value, or leave the call out."
                        + " [input.null]",
                "error HorizontalPodAutoscaler/web spec.metrics[1].external.target.value = \"<none>\": null was"
                        + " passed to MetricTarget.value(...). Fix: pass a value, or leave the call out."
                        + " [input.null]",
                "error HorizontalPodAutoscaler/web spec.metrics[2].resource.target.type = \"<none>\": null was"
                        + " passed to new MetricTarget(...). Fix: pass a value, or leave the call out. [input.null]",
                "error HorizontalPodAutoscaler/ spec.scaleTargetRef = \"<none>\": null was passed to hpa(...). Fix:"
                        + " pass a value, or leave the call out. [input.null]");
    }

    @Test
    void rejectsAUtilizationTheLimitsNeverLetThePodsReach() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                        .requests(cpu("100m"), memory("128Mi")).limits(cpu("200m")))
                .container(container("proxy").image("envoyproxy/envoy:v1.31.0")
                        .requests(cpu("50m")).limits(cpu("100m")));

        assertThat(problems(application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(700))))
                .containsExactly("error HorizontalPodAutoscaler/web spec.metrics[0].resource.target.averageUtilization"
                        + " = \"700\": the CPU limits of Deployment/web (300m) cap its CPU use at 200% of its requests"
                        + " (150m), so a utilisation of 700% is never reached and the HPA never scales up. Fix: use a"
                        + " target of at most 200%, e.g. 70, or raise the CPU limits of Deployment/web."
                        + " [hpa.utilization-unreachable]");
    }

    @Test
    void rejectsAContainerUtilizationAboveItsOwnLimit() {
        var web = web().container(container("proxy").image("envoyproxy/envoy:v1.31.0"))
                .container(container("cache").image("redis:7.4").requests(cpu("100m"), memory("256Mi"))
                        .limits(memory("300Mi")));
        var hpa = hpa(web).replicas(1, 3).metric(Metric.containerResource("cache", ResourceName.MEMORY,
                MetricTarget.utilization(120)));

        assertThat(problems(application("shop").add(web, hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics[0].containerResource.target.averageUtilization ="
                        + " \"120\": the memory limit of container cache of Deployment/web (300Mi) caps its memory use"
                        + " at 117% of its request (256Mi), so a utilisation of 120% is never reached and the HPA"
                        + " never scales up. Fix: use a target of at most 117%, e.g. 70, or raise the memory limit of"
                        + " container cache of Deployment/web. [hpa.utilization-unreachable]");
    }

    @Test
    void acceptsAUtilizationAtTheCeilingOrWithAContainerWithoutLimit() {
        var limited = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .requests(cpu("100m")).limits(cpu("200m")));
        // web() requests CPU without a limit: its use, and so the utilisation, has no ceiling
        var unlimited = web().container(container("proxy").image("envoyproxy/envoy:v1.31.0")
                .requests(cpu("50m")).limits(cpu("50m")));

        assertThat(application("shop").add(limited, hpa(limited).replicas(2, 10).cpuUtilization(200)).build()
                .report().warnings()).isEmpty();
        assertThat(application("shop").add(unlimited, hpa(unlimited).replicas(2, 10).cpuUtilization(700)).build()
                .report().warnings()).isEmpty();
    }

    @Test
    void acceptsLimitsFarAboveTheRequestsWhoseCeilingExceedsAnInt() {
        // 32Gi over 128 bytes is a ceiling of about 2.7e10 %, and 64 CPUs over 1n one of 6.4e12 %
        var memoryHeavy = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .requests(cpu("100m"), memory("128")).limits(memory("32Gi")));
        var cpuHeavy = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .requests(cpu("1n"), memory("128Mi")).limits(cpu("64")));

        assertThat(warnings(application("shop").add(memoryHeavy,
                hpa(memoryHeavy).replicas(2, 10).memoryUtilization(80)))).isEmpty();
        assertThat(warnings(application("shop").add(cpuHeavy, hpa(cpuHeavy).replicas(2, 10).cpuUtilization(80))))
                .isEmpty();
    }
}
