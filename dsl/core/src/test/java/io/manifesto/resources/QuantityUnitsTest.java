package io.manifesto.resources;

import io.manifesto.core.Application;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.UpdateMode;
import io.manifesto.validate.Problem;
import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A quantity checked as an amount of its resource: memory in whole bytes, CPU without a byte suffix. */
class QuantityUnitsTest {

    private static Deployment web(ResourceAmount... requests) {
        return deployment("web").replicas(2).container(container("web").image("registry.example.com/web:1.0")
                .requests(requests));
    }

    private static List<String> warnings(Application.Builder application) {
        return application.build().report().warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsMemoryInMillibytesSuggestingMebibytes() {
        var web = deployment("web").replicas(2).container(container("web").image("registry.example.com/web:1.0")
                .requests(cpu("100m"), memory("512m")).limits(memory("100m")));

        assertThat(problemsOf(application("shop").add(web))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].resources.requests.memory = \"512m\":"
                        + " memory counts in whole bytes, and this is 0.512 bytes: Kubernetes calls a fractional byte"
                        + " value invalid. Fix: \"m\" means thousandths: write \"512Mi\" for mebibytes, or a whole"
                        + " number of bytes. [quantity.fractional-bytes]",
                "error Deployment/web spec.template.spec.containers[web].resources.limits.memory = \"100m\":"
                        + " memory counts in whole bytes, and this is 0.1 bytes: Kubernetes calls a fractional byte"
                        + " value invalid. Fix: \"m\" means thousandths: write \"100Mi\" for mebibytes, or a whole"
                        + " number of bytes. [quantity.fractional-bytes]");
    }

    @Test
    void rejectsAFractionOfAByteOfEphemeralStorageRoundingItUp() {
        assertThat(problemsOf(application("shop").add(web(cpu("100m"), memory("128Mi"),
                ephemeralStorage("1.3Ki"))))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].resources.requests.ephemeral-storage ="
                        + " \"1.3Ki\": ephemeral-storage counts in whole bytes, and this is 1331.2 bytes: Kubernetes"
                        + " calls a fractional byte value invalid. Fix: round it to \"1332\"."
                        + " [quantity.fractional-bytes]");
    }

    @Test
    void acceptsWholeBytesWrittenWithAnySuffix() {
        assertThat(warnings(application("shop").add(web(cpu("0.5"), memory("1.5Ki"), ephemeralStorage("1e3")))))
                .isEmpty();
    }

    @Test
    void rejectsAFractionOfAByteAsAPlaceholderRequest() {
        assertThat(problemsOf(application("shop").add(overprovisioning("headroom").requests(cpu("1"),
                memory("2m"))))).containsExactly(
                "error Deployment/headroom spec.template.spec.containers[pause].resources.requests.memory = \"2m\":"
                        + " memory counts in whole bytes, and this is 0.002 bytes: Kubernetes calls a fractional byte"
                        + " value invalid. Fix: \"m\" means thousandths: write \"2Mi\" for mebibytes, or a whole"
                        + " number of bytes. [quantity.fractional-bytes]");
    }

    @Test
    void reportsAFractionOfAByteOnceWhenAPlaceholderIsSizedLikeTheWorkload() {
        var web = web(cpu("100m"), memory("512m"));

        assertThat(problemsOf(application("shop").add(web, overprovisioning("headroom").roomFor(web, 1))))
                .containsExactly(
                "error Deployment/web spec.template.spec.containers[web].resources.requests.memory = \"512m\":"
                        + " memory counts in whole bytes, and this is 0.512 bytes: Kubernetes calls a fractional byte"
                        + " value invalid. Fix: \"m\" means thousandths: write \"512Mi\" for mebibytes, or a whole"
                        + " number of bytes. [quantity.fractional-bytes]");
    }

    @Test
    void rejectsAFractionOfAByteAsAVpaBound() {
        var web = web(cpu("100m"), memory("128Mi"));
        var vpa = vpa(web).updateMode(UpdateMode.INITIAL)
                .containerPolicy(ContainerPolicy.forContainer("web").maxAllowed(memory("512m")));

        assertThat(problemsOf(application("shop").add(web, vpa))).containsExactly(
                "error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].maxAllowed.memory ="
                        + " \"512m\": memory counts in whole bytes, and this is 0.512 bytes: Kubernetes calls a"
                        + " fractional byte value invalid. Fix: \"m\" means thousandths: write \"512Mi\" for"
                        + " mebibytes, or a whole number of bytes. [quantity.fractional-bytes]");
    }

    @Test
    void warnsOfCpuWrittenWithABinarySuffix() {
        var web = deployment("web").replicas(2).container(container("web").image("registry.example.com/web:1.0")
                .requests(cpu("128Mi"), memory("128Mi")).limits(cpu("1.5Gi")));

        assertThat(warnings(application("shop").add(web))).containsExactly(
                "warning Deployment/web spec.template.spec.containers[web].resources.requests.cpu = \"128Mi\": a"
                        + " binary suffix (Ki, Mi, Gi...) measures bytes, and this is 134217728 cores: almost surely a"
                        + " memory value typed as CPU. Fix: write CPU in cores or millicores, e.g. \"100m\"; if it is"
                        + " memory, use memory(\"128Mi\"). [quantity.cpu-binary-suffix]",
                "warning Deployment/web spec.template.spec.containers[web].resources.limits.cpu = \"1.5Gi\": a"
                        + " binary suffix (Ki, Mi, Gi...) measures bytes, and this is 1610612736 cores: almost surely"
                        + " a memory value typed as CPU. Fix: write CPU in cores or millicores, e.g. \"100m\"; if it"
                        + " is memory, use memory(\"1.5Gi\"). [quantity.cpu-binary-suffix]");
    }

    @Test
    void acceptsCpuWithABinarySuffixWhenSuppressed() {
        var report = application("shop").add(web(cpu("1Ki"), memory("128Mi")))
                .suppress(Resources.CPU_BINARY_SUFFIX_RULE, "a benchmark that needs every core").build().report();

        assertThat(report.warnings()).isEmpty();
    }
}
