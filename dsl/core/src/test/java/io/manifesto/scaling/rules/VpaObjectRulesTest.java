package io.manifesto.scaling.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The VPA rules hold for VPAs read from YAML, with fixes that name the fields. */
class VpaObjectRulesTest {

    /** A Deployment of 2 replicas with containers web and proxy: lines 1 to 17. */
    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - {name: web, image: "nginx:1.27.0", resources: {requests: {cpu: 100m, memory: 128Mi}}}
                    - {name: proxy, image: "envoyproxy/envoy:v1.31.0", resources: {requests: {cpu: 50m}}}
                  initContainers:
                    - {name: migrate, image: "migrate:1.0.0"}
            """;

    /** The VPA {@code web} on {@link #WEB}; its {@code spec} (below targetRef) starts on line 25. */
    private static String vpa(String spec) {
        return """
                ---
                apiVersion: autoscaling.k8s.io/v1
                kind: VerticalPodAutoscaler
                metadata:
                  name: web
                spec:
                  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                """ + spec.indent(2);
    }

    private static List<String> lint(String yaml) {
        return Lint.yaml("k8s/web.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsAnUpdatePolicyTheWebhookRejectsAndWarnsOfAuto() {
        assertThat(lint(WEB + vpa("updatePolicy: {minReplicas: 0}\n"))).containsExactly(
                "k8s/web.yaml:25: error VerticalPodAutoscaler/web spec.updatePolicy.minReplicas = \"0\": the updater's"
                        + " minimum of live replicas must be at least 1. Fix: use 1 or more, or leave it unset."
                        + " [vpa.min-replicas]",
                "k8s/web.yaml:25: error VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"<none>\": the VPA"
                        + " admission webhook rejects an updatePolicy without updateMode. Fix: set"
                        + " spec.updatePolicy.updateMode, e.g. Recreate. [vpa.update-mode-required]");
        assertThat(lint(WEB + vpa("updatePolicy: {updateMode: Recreat}\n"))).containsExactly(
                "k8s/web.yaml:25: error VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"Recreat\": is not"
                        + " an update mode: Off, Initial, Recreate, InPlaceOrRecreate, Auto. Fix: use Recreate,"
                        + " InPlaceOrRecreate, Initial or Off. [vpa.update-mode]");
        assertThat(lint(WEB + vpa("updatePolicy: {updateMode: Auto}\n"))).containsExactly(
                "k8s/web.yaml:25: warning VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"Auto\": the"
                        + " update mode Auto is deprecated and means Recreate. Fix: write Recreate, or"
                        + " InPlaceOrRecreate to resize without restarts where the cluster allows it."
                        + " [vpa.auto-deprecated]");
    }

    @Test
    void rejectsContainerPoliciesTheWebhookRejects() {
        assertThat(lint(WEB + vpa("""
                updatePolicy: {updateMode: Initial}
                resourcePolicy:
                  containerPolicies:
                    - containerName: web
                      mode: "Off"
                      controlledValues: RequestsAndLimits
                      controlledResources: [cpu, nvidia.com/gpu]
                    - containerName: web
                      minAllowed: {cpu: 1500u, memory: 2Gi}
                      maxAllowed: {memory: 1Gi}
                """))).containsExactly(
                "k8s/web.yaml:30: error VerticalPodAutoscaler/web"
                        + " spec.resourcePolicy.containerPolicies[0].controlledValues = \"RequestsAndLimits\": the VPA"
                        + " leaves a container of mode Off alone, and its admission webhook rejects controlledValues"
                        + " RequestsAndLimits on such a policy. Fix: remove controlledValues from this policy, or use"
                        + " a mode other than Off. [vpa.controlled-values-off]",
                "k8s/web.yaml:31: error VerticalPodAutoscaler/web"
                        + " spec.resourcePolicy.containerPolicies[0].controlledResources = \"nvidia.com/gpu\": the"
                        + " VPA manages only cpu and memory. Fix: remove nvidia.com/gpu from controlledResources."
                        + " [vpa.resource]",
                "k8s/web.yaml:32: error VerticalPodAutoscaler/web"
                        + " spec.resourcePolicy.containerPolicies[1].containerName = \"web\": another policy of"
                        + " this VPA is for the same container. Fix: merge the two policies into one."
                        + " [vpa.duplicate-policy]",
                "k8s/web.yaml:33: error VerticalPodAutoscaler/web"
                        + " spec.resourcePolicy.containerPolicies[1].minAllowed.cpu = \"1500u\": the VPA"
                        + " admission webhook accepts CPU in whole millicores only. Fix: round it to \"2m\"."
                        + " [vpa.bound-resolution]",
                "k8s/web.yaml:33: error VerticalPodAutoscaler/web"
                        + " spec.resourcePolicy.containerPolicies[1].minAllowed.memory = \"2Gi\": the memory"
                        + " minAllowed is above the maxAllowed \"1Gi\". Fix: lower minAllowed to at most 1Gi, or raise"
                        + " maxAllowed to at least 2Gi. [vpa.min-above-max]");
    }

    @Test
    void rejectsAMissingTargetAContainerItLacksAndASecondVpa() {
        String other = vpa("resourcePolicy: {containerPolicies: [{containerName: cache}]}\n")
                .replace("name: web\nspec", "name: web-2\nspec");
        String missing = vpa("updatePolicy: {updateMode: Initial}\n").replace("name: web}", "name: api}")
                .replace("name: web\nspec", "name: api\nspec");
        assertThat(lint(WEB + vpa("updatePolicy: {updateMode: Initial}\n") + other + missing)).containsExactly(
                "k8s/web.yaml:32: error VerticalPodAutoscaler/web-2 spec.targetRef.name = \"Deployment/web\": the"
                        + " files checked already have VerticalPodAutoscaler/web on Deployment/web, and several VPAs"
                        + " on the pods of one workload have undefined behaviour: their recommendations overwrite"
                        + " each other. Fix: remove this VPA, or move its container policies into"
                        + " VerticalPodAutoscaler/web. [vpa.duplicate-target]",
                "k8s/web.yaml:33: error VerticalPodAutoscaler/web-2"
                        + " spec.resourcePolicy.containerPolicies[0].containerName = \"cache\": Deployment/web"
                        + " has no container of this name; it has [web, proxy, migrate]. Fix: name one of its"
                        + " containers, or use containerName \"*\". [vpa.unknown-container]",
                "k8s/web.yaml:40: error VerticalPodAutoscaler/api spec.targetRef.name = \"Deployment/api\": the files"
                        + " checked have no Deployment/api. Fix: apply Deployment/api with it, or correct"
                        + " spec.targetRef. [vpa.target-missing]");
    }

    @Test
    void rejectsAVpaOnTheResourceAnHpaScalesOnAndWarnsOfEvictingTheOnlyPod() {
        String hpa = """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  maxReplicas: 4
                  metrics:
                    - type: ContainerResource
                      containerResource:
                        container: proxy
                        name: cpu
                        target: {type: Utilization, averageUtilization: 60}
                """;
        assertThat(lint(WEB.replace("  replicas: 2\n", "") + vpa("""
                resourcePolicy:
                  containerPolicies: [{containerName: web, controlledResources: [memory]}]
                """) + hpa)).containsExactly(
                "k8s/web.yaml:22: warning VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"<none>\": the"
                        + " update mode Recreate (the default) evicts pods to apply recommendations, and"
                        + " HorizontalPodAutoscaler/web lets Deployment/web scale down to 1 replica: each update evicts"
                        + " the only pod, an outage. Fix: use updateMode Initial or Off, or run at least 2 replicas."
                        + " [vpa.evicts-single-replica]",
                "k8s/web.yaml:24: error VerticalPodAutoscaler/web spec.resourcePolicy = \"cpu\": this VPA and"
                        + " HorizontalPodAutoscaler/web both act on the CPU of Deployment/web: the VPA changes the"
                        + " requests the HPA's utilisation is measured against, and each undoes the other's work. Fix:"
                        + " leave CPU to one of them, e.g. a containerPolicies entry {containerName: \"*\","
                        + " controlledResources: [memory]} on this VPA, or scale HorizontalPodAutoscaler/web on another"
                        + " metric. [vpa.hpa-conflict]");
    }
}
