package io.manifesto.rules;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.manifesto.scheduling.NodeRequirement;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Objects added as they are, or changed by a customization, are held to the same rules as DSL objects. */
class RawAndCustomizedObjectsTest {

    private static Deployment rawDeployment(String image, String cpuRequest, String cpuLimit, String memory) {
        return new DeploymentBuilder().withNewMetadata().withName("raw").endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec()
                .addNewContainer().withName("app").withImage(image)
                .withNewResources()
                .addToRequests("cpu", new Quantity(cpuRequest)).addToLimits("cpu", new Quantity(cpuLimit))
                .addToLimits("memory", new Quantity(memory))
                .endResources().endContainer()
                .endSpec().endTemplate().endSpec().build();
    }

    @Test
    void rejectsARawDeploymentWhoseRequestIsAboveItsLimitWithFractionalBytes() {
        var app = application("shop").add(rawDeployment("nginx:1.27.0", "300m", "200m", "512m"));
        assertThat(problemsOf(app)).containsExactly(
                "error Deployment/raw spec.template.spec.containers[app].resources.limits.memory = \"512m\": memory"
                        + " counts in whole bytes, and this is 0.512 bytes: Kubernetes calls a fractional byte value"
                        + " invalid. Fix: \"m\" means thousandths: write \"512Mi\" for mebibytes, or a whole number"
                        + " of bytes. [quantity.fractional-bytes]",
                "error Deployment/raw spec.template.spec.containers[app].resources.requests.cpu = \"300m\": the CPU"
                        + " request is above the limit \"200m\". Fix: lower the request to at most 200m, or raise"
                        + " the limit. [resources.request-above-limit]");
    }

    @Test
    void warnsOfARawDeploymentOnLatestInManifestTerms() {
        var report = application("shop").add(rawDeployment("nginx:latest", "100m", "200m", "128Mi")).build()
                .report();
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "warning Deployment/raw spec.template.spec.containers[app].image = \"nginx:latest\": the image is not"
                        + " pinned to a version, so each pod may run different code. Fix: use a version tag or a"
                        + " digest, e.g. \"nginx:1.0.0\". [container.image-latest]");
    }

    @Test
    void rejectsARawHpaOnADslDeploymentWithFixedReplicasInDslTerms() {
        // requests CPU, which the HPA's default metric measures (hpa.missing-request otherwise)
        var web = deployment("web").container(container("web").image("shop:1.0.0").requests(cpu("100m")))
                .replicas(3);
        var hpa = new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withMaxReplicas(5)
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                .endScaleTargetRef().endSpec().build();
        assertThat(problemsOf(application("shop").add(web).add(hpa))).containsExactly(
                "error Deployment/web spec.replicas = \"3\": HorizontalPodAutoscaler/web owns the replica count, so a"
                        + " fixed count would be reset on every apply. Fix: remove .replicas(3) from Deployment/web"
                        + " and set the range on HorizontalPodAutoscaler/web. [workload.replicas-owned]");
    }

    @Test
    void rejectsACustomizationThatBreaksARule() {
        var web = deployment("web").container(container("web").image("shop:1.0.0")
                .requests(cpu("100m")).limits(cpu("200m")));
        var app = application("shop").add(web).customize(Deployment.class, "web", d -> d.getSpec().getTemplate()
                .getSpec().getContainers().get(0).getResources().getRequests().put("cpu", new Quantity("1")));
        assertThat(problemsOf(app)).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].resources.requests.cpu = \"1\": the CPU"
                        + " request is above the limit \"200m\". Fix: lower the request to at most 200m, or raise"
                        + " the limit. [resources.request-above-limit]");
    }

    @Test
    void changesAnyListOfARenderedPodTemplateThatAPodTraitSet() {
        var web = deployment("web").container(container("web").image("shop:1.0.0")
                        .requests(cpu("100m")).limits(cpu("200m")))
                .placement(placement().requireNodes(NodeRequirement.in("agentpool", "web"))
                        .tolerate(io.manifesto.scheduling.Toleration.exists("dedicated")));
        var app = application("shop").add(web).customize(Deployment.class, "web", d -> {
            var pod = d.getSpec().getTemplate().getSpec();
            pod.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                    .getNodeSelectorTerms().get(0).getMatchExpressions()
                    .add(new NodeSelectorRequirement("kubernetes.io/os", "In", new java.util.ArrayList<>(
                            java.util.List.of("linux"))));
            pod.getTolerations().add(new Toleration("NoSchedule", "spot", "Exists", null, null));
            pod.getContainers().get(0).getArgs().add("--verbose");
        }).build();

        assertThat(app.toYaml()).contains("- key: kubernetes.io/os", "key: spot", "- --verbose");
    }

    @Test
    void acceptsAWarningSuppressedByAnnotationWithItsReason() {
        Deployment raw = rawDeployment("nginx:latest", "100m", "200m", "128Mi");
        raw.getMetadata().getAnnotations().put("manifesto.io/suppress.container.image-latest", "a throwaway demo");
        var report = application("shop").add(raw).build().report();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.toString()).endsWith("[container.image-latest] Reason: a throwaway demo\n");
    }

    @Test
    void rejectsASuppressionAnnotationWithoutReasonAndWarnsOfAnUnusedOne() {
        Deployment raw = rawDeployment("nginx:1.27.0", "100m", "200m", "128Mi");
        raw.getMetadata().getAnnotations().put("manifesto.io/suppress.container.image-latest", "pinned now");
        var report = application("shop").add(raw).build().report();
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "warning Deployment/raw metadata.annotations[manifesto.io/suppress.container.image-latest] ="
                        + " \"pinned now\": no warning of this rule was found on Deployment/raw. Fix: remove the"
                        + " annotation, or correct its rule id. [suppress.unused]");

        raw.getMetadata().getAnnotations().put("manifesto.io/suppress.container.image-latest", " ");
        assertThat(problemsOf(application("shop").add(raw))).containsExactly(
                "error Deployment/raw metadata.annotations[manifesto.io/suppress.container.image-latest] = \" \": a"
                        + " suppression needs a written reason. Fix: say why the warning does not apply here, as the"
                        + " annotation's value. [suppress.reason]");
    }

    @Test
    void reportsAnEmptyQuantityInsteadOfFailingToRenderIt() {
        // found by the fuzzer: fabric8's parsing Quantity constructor threw on "", so build() said component.failed
        var web = deployment("web").container(container("web").image("shop:1.0.0").requests(cpu("")));
        assertThat(problemsOf(application("shop").add(web))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].resources.requests.cpu = \"\": is not a"
                        + " Kubernetes quantity: a number with an optional suffix (n, u, m, k, M, G, T, P, E, Ki, Mi,"
                        + " Gi, Ti, Pi, Ei, or e<n>). Fix: write it like \"100m\". [quantity.format]");
    }
}
