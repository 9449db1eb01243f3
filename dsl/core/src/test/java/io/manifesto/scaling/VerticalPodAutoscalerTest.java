package io.manifesto.scaling;

import io.manifesto.resources.ResourceName;
import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static io.manifesto.scaling.Builds.problems;
import static io.manifesto.scaling.Builds.warnings;
import static io.manifesto.scaling.Builds.web;
import static org.assertj.core.api.Assertions.assertThat;

class VerticalPodAutoscalerTest {

    @Test
    void rendersTargetUpdatePolicyAndContainerPolicies() {
        var web = web().replicas(2);
        var vpa = vpa(web).updateMode(UpdateMode.IN_PLACE_OR_RECREATE).minReplicas(2)
                .containerPolicy(ContainerPolicy.forContainer("web").mode(ContainerPolicy.Mode.AUTO)
                        .minAllowed(cpu("50m")).maxAllowed(cpu("1"), memory("1Gi"))
                        .controlledResources(ResourceName.CPU, ResourceName.MEMORY)
                        .controlledValues(ContainerPolicy.ControlledValues.REQUESTS_ONLY))
                .containerPolicy(ContainerPolicy.forAllContainers().mode(ContainerPolicy.Mode.OFF));

        assertThat(application("shop").add(web, vpa).build().toYaml()).contains("""
                apiVersion: autoscaling.k8s.io/v1
                kind: VerticalPodAutoscaler
                """).contains("""
                spec:
                  resourcePolicy:
                    containerPolicies:
                    - containerName: web
                      controlledResources:
                      - cpu
                      - memory
                      controlledValues: RequestsOnly
                      maxAllowed:
                        cpu: "1"
                        memory: 1Gi
                      minAllowed:
                        cpu: 50m
                      mode: Auto
                    - containerName: '*'
                      mode: "Off"
                  targetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: web
                  updatePolicy:
                    minReplicas: 2
                    updateMode: InPlaceOrRecreate
                """);
    }

    @Test
    void rendersNothingThatIsNotSet() {
        var web = web().replicas(2);

        assertThat(application("shop").add(web, vpa(web)).build().toYaml()).contains("""
                spec:
                  targetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: web
                """).doesNotContain("updatePolicy").doesNotContain("resourcePolicy");
    }

    @Test
    void warnsThatAutoIsDeprecated() {
        var web = web().replicas(2);

        assertThat(warnings(application("shop").add(web, vpa(web).updateMode(UpdateMode.AUTO))))
                .containsExactly("warning VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"Auto\": the"
                        + " update mode Auto is deprecated and means Recreate. Fix: write UpdateMode.RECREATE, or"
                        + " UpdateMode.IN_PLACE_OR_RECREATE to resize without restarts where the cluster allows it."
                        + " [vpa.auto-deprecated]");
    }

    @Test
    void rejectsMinAllowedAboveMaxAllowed() {
        var web = web().replicas(2);
        var vpa = vpa(web).containerPolicy(ContainerPolicy.forContainer("web")
                .minAllowed(memory("2Gi")).maxAllowed(memory("1Gi")));

        assertThat(problems(application("shop").add(web, vpa))).containsExactly(
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].minAllowed.memory ="
                        + " \"2Gi\": the memory minAllowed is above the maxAllowed \"1Gi\". Fix: lower minAllowed to"
                        + " at most 1Gi, or raise maxAllowed to at least 2Gi. [vpa.min-above-max]");
    }

    @Test
    void rejectsAPolicyForAContainerThatDoesNotExist() {
        var web = web().replicas(2);
        var vpa = vpa(web).containerPolicy(ContainerPolicy.forContainer("cache").maxAllowed(memory("1Gi")));

        assertThat(problems(application("shop").add(web, vpa))).containsExactly(
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].containerName = \"cache\":"
                        + " Deployment/web has no container of this name; it has [web]. Fix: name one of its"
                        + " containers, or use ContainerPolicy.forAllContainers(). [vpa.unknown-container]");
    }

    @Test
    void rejectsAVpaAndAnHpaOnTheSameResourceNamingBoth() {
        var web = web();

        assertThat(problems(application("shop").add(web, hpa(web).replicas(2, 10).cpuUtilization(70), vpa(web))))
                .containsExactly("error VerticalPodAutoscaler/web spec.resourcePolicy = \"cpu\": this VPA and"
                        + " HorizontalPodAutoscaler/web both act on the CPU of Deployment/web: the VPA changes the"
                        + " requests the HPA's utilisation is measured against, and each undoes the other's work."
                        + " Fix: leave CPU to one of them, e.g. .containerPolicy(ContainerPolicy.forAllContainers()"
                        + ".controlledResources(ResourceName.MEMORY)) on this VPA, or scale"
                        + " HorizontalPodAutoscaler/web on another metric. [vpa.hpa-conflict]");
    }

    @Test
    void rejectsAVpaOnCpuWithAnHpaWithoutMetricsWhichScalesOnCpu() {
        var web = web();
        var vpa = vpa(web).containerPolicy(ContainerPolicy.forContainer("web")
                .controlledResources(ResourceName.CPU));

        assertThat(problems(application("shop").add(web, hpa(web).replicas(2, 10), vpa)))
                .extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly("error VerticalPodAutoscaler/web spec.resourcePolicy = \"cpu\"");
    }

    @Test
    void acceptsAVpaOnMemoryWithAnHpaOnCpuAndAVpaInOffMode() {
        var web = web();
        var memoryOnly = vpa(web).containerPolicy(ContainerPolicy.forAllContainers()
                .controlledResources(ResourceName.MEMORY));
        var hpa = hpa(web).replicas(2, 10).cpuUtilization(70);

        assertThat(warnings(application("shop").add(web, hpa, memoryOnly))).isEmpty();
        assertThat(warnings(application("shop").add(web, hpa, vpa(web).updateMode(UpdateMode.OFF)))).isEmpty();
        assertThat(warnings(application("shop").add(web, hpa(web).replicas(2, 10)
                .metric(Metric.external("queue_messages", MetricTarget.averageValue("30"))), vpa(web)))).isEmpty();
    }

    @Test
    void warnsOfAnEvictingModeOnASingleReplicaWorkload() {
        var single = web().replicas(1);

        assertThat(warnings(application("shop").add(single, vpa(single).updateMode(UpdateMode.RECREATE))))
                .containsExactly("warning VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"Recreate\": the"
                        + " update mode Recreate evicts pods to apply recommendations, and Deployment/web runs 1"
                        + " replica: each update evicts the only pod, an outage. Fix: use UpdateMode.INITIAL or"
                        + " UpdateMode.OFF, or run at least 2 replicas. [vpa.evicts-single-replica]");
    }

    @Test
    void warnsOfTheDefaultModeWhenAnHpaMayScaleDownToOneReplica() {
        var web = web();
        var memoryOnly = vpa(web).containerPolicy(ContainerPolicy.forAllContainers()
                .controlledResources(ResourceName.MEMORY));

        assertThat(warnings(application("shop").add(web, hpa(web).maxReplicas(5).cpuUtilization(70), memoryOnly)))
                .containsExactly("warning VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"<none>\": the"
                        + " update mode Recreate (the default) evicts pods to apply recommendations, and"
                        + " HorizontalPodAutoscaler/web lets Deployment/web scale down to 1 replica: each update"
                        + " evicts the only pod, an outage. Fix: use UpdateMode.INITIAL or UpdateMode.OFF, or run at"
                        + " least 2 replicas. [vpa.evicts-single-replica]");
    }

    @Test
    void doesNotWarnWhenTheModeNeverEvictsOrTheWorkloadHasTwoReplicas() {
        var single = web().replicas(1);
        var pair = web().replicas(2);

        assertThat(warnings(application("shop").add(single, vpa(single).updateMode(UpdateMode.INITIAL)))).isEmpty();
        assertThat(warnings(application("shop").add(pair, vpa(pair).updateMode(UpdateMode.RECREATE)))).isEmpty();
    }

    @Test
    void reportsEveryErrorTogether() {
        var web = web().replicas(2);
        var vpa = vpa(web).minReplicas(0)
                .containerPolicy(ContainerPolicy.forContainer("web").controlledResources(ResourceName.EPHEMERAL_STORAGE)
                        .minAllowed(cpu("2")).maxAllowed(cpu("1")))
                .containerPolicy(ContainerPolicy.forContainer("web"))
                .containerPolicy(ContainerPolicy.forContainer("sidecar"));

        assertThat(problems(application("shop").add(web, vpa))).containsExactly(
                "error VerticalPodAutoscaler/web spec.updatePolicy.minReplicas = \"0\": the updater's minimum of live"
                        + " replicas must be at least 1. Fix: use 1 or more, or leave it unset. [vpa.min-replicas]",
                "error VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"<none>\": .minReplicas(0) renders"
                        + " an updatePolicy, and the VPA admission webhook rejects an updatePolicy without"
                        + " updateMode. Fix: set .updateMode(...) together with .minReplicas(...), e.g."
                        + " .updateMode(UpdateMode.RECREATE). [vpa.update-mode-required]",
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].controlledResources ="
                        + " \"ephemeral-storage\": the VPA manages only cpu and memory. Fix: remove ephemeral-storage"
                        + " from controlledResources. [vpa.resource]",
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].minAllowed.cpu = \"2\": the"
                        + " CPU minAllowed is above the maxAllowed \"1\". Fix: lower minAllowed to at most 1, or"
                        + " raise maxAllowed to at least 2. [vpa.min-above-max]",
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[1].containerName = \"web\":"
                        + " another policy of this VPA is for the same container. Fix: merge the two policies into"
                        + " one. [vpa.duplicate-policy]",
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[2].containerName ="
                        + " \"sidecar\": Deployment/web has no container of this name; it has [web]. Fix: name one of"
                        + " its containers, or use ContainerPolicy.forAllContainers(). [vpa.unknown-container]");
    }

    @Test
    void rejectsATargetTheApplicationDoesNotContain() {
        assertThat(problems(application("shop").add(vpa(web())))).containsExactly(
                "error VerticalPodAutoscaler/web spec.targetRef.name = \"Deployment/web\": the application has no"
                        + " Deployment/web. Fix: add the workload to the application with .add(...), or target a"
                        + " workload it has. [vpa.target-missing]");
    }

    @Test
    void acceptsADaemonSetWithoutTheSingleReplicaWarning() {
        var agent = daemonSet("agent").container(container("agent").image("registry.example.com/agent:1.0"));

        assertThat(warnings(application("shop").add(agent, vpa(agent).updateMode(UpdateMode.RECREATE)))).isEmpty();
    }

    @Test
    void reportsANullContainerPolicy() {
        var web = web().replicas(2);

        assertThat(problems(application("shop").add(web, vpa(web).containerPolicy(null)))).containsExactly(
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies = \"<none>\": null was passed"
                        + " to containerPolicy(...). Fix: pass a value, or leave the call out. [input.null]");
    }

    @Test
    void rejectsASecondVpaOnTheSameWorkloadNamingTheFirst() {
        var web = web().replicas(2);

        assertThat(problems(application("shop").add(web, vpa(web), vpa(web).withName("web2"),
                vpa(web).withName("web3")))).containsExactly(
                "error VerticalPodAutoscaler/web2 spec.targetRef.name = \"Deployment/web\": the application already"
                        + " has VerticalPodAutoscaler/web on Deployment/web, and several VPAs on the pods of one"
                        + " workload have undefined behaviour: their recommendations overwrite each other. Fix:"
                        + " remove this VPA, or move its container policies into VerticalPodAutoscaler/web."
                        + " [vpa.duplicate-target]",
                "error VerticalPodAutoscaler/web3 spec.targetRef.name = \"Deployment/web\": the application already"
                        + " has VerticalPodAutoscaler/web, VerticalPodAutoscaler/web2 on Deployment/web, and several"
                        + " VPAs on the pods of one workload have undefined behaviour: their recommendations"
                        + " overwrite each other. Fix: remove this VPA, or move its container policies into"
                        + " VerticalPodAutoscaler/web, VerticalPodAutoscaler/web2. [vpa.duplicate-target]");
    }

    @Test
    void rejectsMinReplicasWithoutAnUpdateMode() {
        var web = web().replicas(3);

        assertThat(problems(application("shop").add(web, vpa(web).minReplicas(2)))).containsExactly(
                "error VerticalPodAutoscaler/web spec.updatePolicy.updateMode = \"<none>\": .minReplicas(2) renders"
                        + " an updatePolicy, and the VPA admission webhook rejects an updatePolicy without"
                        + " updateMode. Fix: set .updateMode(...) together with .minReplicas(...), e.g."
                        + " .updateMode(UpdateMode.RECREATE). [vpa.update-mode-required]");
    }

    @Test
    void rejectsRequestsAndLimitsOnAPolicyThatIsOffButAcceptsRequestsOnly() {
        var web = web().replicas(2);
        var off = ContainerPolicy.forContainer("web").mode(ContainerPolicy.Mode.OFF);

        assertThat(problems(application("shop").add(web, vpa(web).containerPolicy(off
                .controlledValues(ContainerPolicy.ControlledValues.REQUESTS_AND_LIMITS))))).containsExactly(
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].controlledValues ="
                        + " \"RequestsAndLimits\": the VPA leaves a container of mode Off alone, and its admission"
                        + " webhook rejects controlledValues RequestsAndLimits on such a policy. Fix: remove"
                        + " .controlledValues(...) from this policy, or use a mode other than Off."
                        + " [vpa.controlled-values-off]");
        assertThat(warnings(application("shop").add(web, vpa(web).containerPolicy(off
                .controlledValues(ContainerPolicy.ControlledValues.REQUESTS_ONLY))))).isEmpty();
    }

    @Test
    void rejectsBoundsFinerThanAMillicoreOrAByte() {
        var web = web().replicas(2);
        var vpa = vpa(web).containerPolicy(ContainerPolicy.forContainer("web")
                .minAllowed(cpu("0.0001"), memory("0.5")).maxAllowed(cpu("1.5"), memory("1.5Ki")));

        assertThat(problems(application("shop").add(web, vpa))).containsExactly(
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].minAllowed.cpu ="
                        + " \"0.0001\": the VPA admission webhook accepts CPU in whole millicores only. Fix: round"
                        + " it to \"1m\". [vpa.bound-resolution]",
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].minAllowed.memory ="
                        + " \"0.5\": memory counts in whole bytes, and this is 0.5 bytes: Kubernetes calls a fractional"
                        + " byte value invalid. Fix: round it to \"1\". [quantity.fractional-bytes]");
    }

    @Test
    void reportsANullWorkload() {
        assertThat(problems(application("shop").add(vpa(null)))).containsExactly(
                "error VerticalPodAutoscaler/ spec.targetRef = \"<none>\": null was passed to vpa(...). Fix: pass a"
                        + " value, or leave the call out. [input.null]");
    }
}
