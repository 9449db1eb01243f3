package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The HPA rules hold for HPAs read from YAML or added as they are, with fixes that name the fields. */
class HpaObjectRulesTest {

    /** A Deployment whose container requests 100m CPU and 128Mi memory, with a 200m CPU limit: lines 1 to 17. */
    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27.0
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
                        limits: {cpu: 200m}
            ---
            """;

    /** The problems (by line) of {@link #WEB} with an HPA {@code web} on it; {@code spec} starts on line 25. */
    private static List<String> lint(String spec) {
        String hpa = """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: web
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                """ + spec.indent(2);
        return Lint.yaml("k8s/web.yaml", WEB + hpa).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsAReplicaRangeTheApiServerRejects() {
        assertThat(lint("minReplicas: 0\n")).containsExactly(
                "k8s/web.yaml:23: error HorizontalPodAutoscaler/web spec.maxReplicas = \"<none>\": an HPA needs a"
                        + " 'maxReplicas' of at least 1. Fix: set spec.maxReplicas to 1 or more, e.g. 10."
                        + " [hpa.max-replicas]",
                "k8s/web.yaml:25: error HorizontalPodAutoscaler/web spec.minReplicas = \"0\": 'minReplicas' must be"
                        + " at least 1. Fix: use 1 or more: scaling to zero needs the alpha HPAScaleToZero feature"
                        + " gate. [hpa.min-replicas]");
        assertThat(lint("minReplicas: 11\nmaxReplicas: 10\n")).containsExactly(
                "k8s/web.yaml:25: error HorizontalPodAutoscaler/web spec.minReplicas = \"11\": 'minReplicas' (11)"
                        + " must be less than or equal to 'maxReplicas' (10). Fix: lower minReplicas to at most 10,"
                        + " or raise maxReplicas to at least 11. [hpa.min-above-max]");
    }

    @Test
    void rejectsAMetricWithoutTheBlockItsTypeNamesOrWithASecondBlock() {
        assertThat(lint("""
                maxReplicas: 10
                metrics:
                  - type: Pods
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
                    external: {metric: {name: queue}, target: {type: Value, value: "30"}}
                  - type: Queue
                """)).containsExactly(
                "k8s/web.yaml:27: error HorizontalPodAutoscaler/web spec.metrics[0].pods = \"<none>\": a Pods metric"
                        + " reads its source from pods, which is not set. Fix: set spec.metrics[0].pods."
                        + " [hpa.metric-source]",
                "k8s/web.yaml:30: error HorizontalPodAutoscaler/web spec.metrics[1].external = \"External\": a"
                        + " Resource metric reads only resource, and the API server rejects one that also sets"
                        + " external. Fix: remove external, or make it a metric of its own. [hpa.metric-source]",
                "k8s/web.yaml:31: error HorizontalPodAutoscaler/web spec.metrics[2].type = \"Queue\": is not a"
                        + " metric type: Resource, ContainerResource, Pods, Object, External. Fix: use one of them,"
                        + " with the source block it names. [hpa.metric-source]");
    }

    @Test
    void rejectsTargetsTheSourceDoesNotAcceptOrThatSetTwoFields() {
        assertThat(lint("""
                maxReplicas: 10
                metrics:
                  - type: Pods
                    pods: {metric: {name: rps}, target: {type: Utilization, averageUtilization: 50}}
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70, averageValue: 500m}}
                """)).containsExactly(
                "k8s/web.yaml:28: error HorizontalPodAutoscaler/web spec.metrics[0].pods.target.type ="
                        + " \"Utilization\": a Pods metric does not accept a Utilization target. Fix: use type"
                        + " AverageValue. [hpa.metric-target]",
                "k8s/web.yaml:30: error HorizontalPodAutoscaler/web spec.metrics[1].resource.target.type ="
                        + " \"Utilization\": the target type Utilization reads only averageUtilization, and this"
                        + " target also sets averageValue (500m). Fix: remove averageValue, or change the type."
                        + " [hpa.metric-target]");
    }

    @Test
    void rejectsTargetValuesNotAboveZeroAndUnnamedOrUnreportedMetrics() {
        assertThat(lint("""
                maxReplicas: 10
                metrics:
                  - type: External
                    external: {metric: {name: queue/depth}, target: {type: AverageValue, averageValue: "0"}}
                  - type: Object
                    object:
                      describedObject: {apiVersion: networking.k8s.io/v1, kind: Ingress}
                      metric: {name: rps}
                      target: {type: Value}
                  - type: Resource
                    resource: {name: ephemeral-storage, target: {type: AverageValue, averageValue: 1Gi}}
                """)).containsExactly(
                "k8s/web.yaml:28: error HorizontalPodAutoscaler/web spec.metrics[0].external.metric.name ="
                        + " \"queue/depth\": may not contain '/': it is a segment of the metrics API's URL path, and"
                        + " the API server rejects it. Fix: name it as the metrics adapter exposes it."
                        + " [hpa.metric-name]",
                "k8s/web.yaml:28: error HorizontalPodAutoscaler/web spec.metrics[0].external.target.averageValue ="
                        + " \"0\": a target value must be above 0. Fix: use a positive quantity, e.g. \"500m\"."
                        + " [hpa.metric-value]",
                "k8s/web.yaml:31: error HorizontalPodAutoscaler/web spec.metrics[1].object.describedObject.name ="
                        + " \"<none>\": is required. Fix: name the object the metric describes, e.g. the Ingress"
                        + " \"shop\". [hpa.metric-name]",
                "k8s/web.yaml:33: error HorizontalPodAutoscaler/web spec.metrics[1].object.target.value ="
                        + " \"<none>\": a target of type Value needs its value. Fix: set it to a positive quantity,"
                        + " e.g. \"500m\". [hpa.metric-value]",
                "k8s/web.yaml:35: error HorizontalPodAutoscaler/web spec.metrics[2].resource.name ="
                        + " \"ephemeral-storage\": the resource metrics API reports only cpu and memory, so this"
                        + " metric never has a value. Fix: scale on cpu or memory, or on a Pods or External metric."
                        + " [hpa.metric-resource]");
    }

    @Test
    void rejectsBehaviourKubernetesRejects() {
        assertThat(lint("""
                maxReplicas: 10
                behavior:
                  scaleUp:
                    stabilizationWindowSeconds: 7200
                    selectPolicy: Maximum
                  scaleDown:
                    policies:
                      - {type: Pod, value: 0, periodSeconds: 3600}
                """)).containsExactly(
                "k8s/web.yaml:28: error HorizontalPodAutoscaler/web spec.behavior.scaleUp.stabilizationWindowSeconds"
                        + " = \"7200\": the stabilisation window must be between 0 and 3600 seconds. Fix: use a window"
                        + " from 0 to 3600, or leave it to the Kubernetes default. [hpa.stabilization-window]",
                "k8s/web.yaml:29: error HorizontalPodAutoscaler/web spec.behavior.scaleUp.selectPolicy = \"Maximum\":"
                        + " is not a select policy: Max, Min, Disabled. Fix: use Max (the most change), Min (the"
                        + " least) or Disabled (no scaling this way). [hpa.policy]",
                "k8s/web.yaml:32: error HorizontalPodAutoscaler/web spec.behavior.scaleDown.policies[0].type ="
                        + " \"Pod\": is not a policy type: Pods, Percent. Fix: use Pods (a number of pods) or Percent"
                        + " (of the current replicas). [hpa.policy]",
                "k8s/web.yaml:32: error HorizontalPodAutoscaler/web spec.behavior.scaleDown.policies[0].value ="
                        + " \"0\": a policy must allow a change above 0. Fix: use a value of 1 or more; to stop"
                        + " scaling in this direction set selectPolicy: Disabled. [hpa.policy]",
                "k8s/web.yaml:32: error HorizontalPodAutoscaler/web spec.behavior.scaleDown.policies[0].periodSeconds"
                        + " = \"3600\": a policy period must be between 1 and 1800 seconds. Fix: use a period from 1"
                        + " to 1800. [hpa.policy]");
    }

    @Test
    void rejectsATargetThatIsMissingCannotScaleOrIsScaledTwice() {
        String hpa = """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: %s}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: %s, name: %s}
                  maxReplicas: 5
                """;
        String agents = """
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec: {containers: [{name: agent, image: "agent:1.0.0"}]}
                """;
        String yaml = WEB + hpa.formatted("web", "Deployment", "web").substring(4)
                + hpa.formatted("web-2", "Deployment", "web") + hpa.formatted("api", "Deployment", "api")
                + hpa.formatted("agent", "DaemonSet", "agent") + agents;
        assertThat(Lint.yaml("k8s/all.yaml", yaml).problems()).extracting(Problem::toString).containsExactly(
                "k8s/all.yaml:30: error HorizontalPodAutoscaler/web-2 spec.scaleTargetRef.name = \"Deployment/web\":"
                        + " the files checked already scale Deployment/web with HorizontalPodAutoscaler/web, and with"
                        + " two HPAs on one workload the HPA controller reports AmbiguousSelector and neither scales"
                        + " it. Fix: remove this HPA, or move its metrics into HorizontalPodAutoscaler/web."
                        + " [hpa.duplicate-target]",
                "k8s/all.yaml:37: error HorizontalPodAutoscaler/api spec.scaleTargetRef.name = \"Deployment/api\":"
                        + " the files checked have no Deployment/api. Fix: apply Deployment/api with it, or correct"
                        + " spec.scaleTargetRef. [hpa.target-missing]",
                "k8s/all.yaml:44: error HorizontalPodAutoscaler/agent spec.scaleTargetRef.name = \"DaemonSet/agent\":"
                        + " a DaemonSet runs one pod per node and has no scale subresource, so an HPA can never scale"
                        + " it. Fix: target a Deployment or StatefulSet instead. [hpa.target-kind]");
    }

    @Test
    void acceptsOneHpaReadTwiceAsTheSameObjectNotASecondOne() {
        String hpa = """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  maxReplicas: 5
                """;
        // e.g. the YAML and the JSON rendering of one application, linted together
        assertThat(Lint.yaml("k8s/web.yaml", WEB + hpa.substring(4) + hpa).problems()).isEmpty();
    }

    @Test
    void rejectsAContainerTheTargetLacksAndAUtilisationItsLimitsCannotReach() {
        assertThat(lint("""
                maxReplicas: 10
                metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: 250}}
                  - type: ContainerResource
                    containerResource:
                      container: cache
                      name: cpu
                      target: {type: Utilization, averageUtilization: 60}
                """)).containsExactly(
                "k8s/web.yaml:28: error HorizontalPodAutoscaler/web spec.metrics[0].resource.target.averageUtilization"
                        + " = \"250\": the CPU limit of Deployment/web (200m) caps its CPU use at 200% of its request"
                        + " (100m), so a utilisation of 250% is never reached and the HPA never scales up. Fix: use a"
                        + " target of at most 200%, e.g. 70, or raise the CPU limit of Deployment/web."
                        + " [hpa.utilization-unreachable]",
                "k8s/web.yaml:31: error HorizontalPodAutoscaler/web spec.metrics[1].containerResource.container ="
                        + " \"cache\": Deployment/web has no container of this name; it has [web]. Fix: name one of"
                        + " its containers (init containers are not measured). [hpa.unknown-container]");
    }

    @Test
    void rejectsUtilisationWhenACustomizationAddsASidecarThatRequestsNoCpu() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .requests(cpu("100m"), memory("128Mi")));
        var app = application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70))
                .customize(Deployment.class, "web", d -> d.getSpec().getTemplate().getSpec().getContainers()
                        .add(new ContainerBuilder().withName("proxy").withImage("envoyproxy/envoy:v1.31.0").build()));
        assertThat(problemsOf(app)).containsExactly("error HorizontalPodAutoscaler/web"
                + " spec.metrics[0].resource.target.averageUtilization = \"70\": utilisation is measured against the"
                + " CPU request, and container proxy of Deployment/web requests no CPU: Kubernetes accepts this HPA and"
                + " it never scales. Fix: set resources.requests.cpu of container proxy of Deployment/web, e.g."
                + " \"100m\", or target an average value instead of a utilisation. [hpa.missing-request]");
    }

    @Test
    void rejectsARawHpaWithoutMetricsOnADslWorkloadThatRequestsNoCpuInDslTerms() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0")
                .limits(memory("256Mi")));
        var hpa = new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withMaxReplicas(5)
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                .endScaleTargetRef().endSpec().build();
        assertThat(problemsOf(application("shop").add(web).add(hpa))).containsExactly(
                "error HorizontalPodAutoscaler/web spec.metrics = \"<none>\": without metrics Kubernetes scales on"
                        + " CPU utilisation 80%, measured against the CPU request, and container web of Deployment/web"
                        + " requests no CPU: the HPA would never scale. Fix: add .requests(cpu(\"100m\")) to"
                        + " container web of Deployment/web, or give the HPA a metric. [hpa.missing-request]");
    }
}
