package io.manifesto.scheduling;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.nodePool;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.Manifesto.taint;
import static io.manifesto.scheduling.Builds.build;
import static io.manifesto.scheduling.Builds.problems;
import static org.assertj.core.api.Assertions.assertThat;

class NodePoolTest {

    private static final NodePool GPU = nodePool("gpu").label("agentpool", "gpu")
            .taint(taint("sku", "gpu", TaintEffect.NO_SCHEDULE));

    private static io.manifesto.workload.Deployment trainer(Placement placement) {
        return deployment("trainer").container(container("trainer").image("registry/trainer:1.0"))
                .placement(placement);
    }

    @Test
    void rendersNothing() {
        assertThat(build(GPU).resources()).isEmpty();
        assertThat(GPU.ids()).isEmpty();
    }

    @Test
    void rejectsASelectorForATaintedPoolWithoutTheToleration() {
        assertThat(problems(GPU, trainer(placement().nodeSelector("agentpool", "gpu")))).containsExactly(
                "error Deployment/trainer spec.template.spec.nodeSelector = \"{agentpool=gpu}\": the node selector"
                        + " picks node pool gpu, whose nodes carry the taint sku=gpu:NoSchedule that no toleration of"
                        + " the pods matches, so the pods would stay Pending. Fix: tolerate it with"
                        + " .tolerate(Toleration.exists(\"sku\")) on the placement, or select other nodes."
                        + " [node-pool.untolerated-taint]");
    }

    @Test
    void holdsARawObjectToThePoolsTheApplicationAdds() {
        var raw = new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder().withNewMetadata().withName("raw")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "raw").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "raw").endMetadata().withNewSpec()
                .addNewContainer().withName("raw").withImage("registry/raw:1.0").endContainer()
                .addToNodeSelector("agentpool", "gpu").endSpec().endTemplate().endSpec().build();

        assertThat(io.manifesto.BuildResult.problemsOf(io.manifesto.Manifesto.application("shop").add(GPU).add(raw)))
                .filteredOn(p -> p.contains("[node-pool.")).containsExactly(
                        "error Deployment/raw spec.template.spec.nodeSelector = \"{agentpool=gpu}\": the node selector"
                                + " picks node pool gpu, whose nodes carry the taint sku=gpu:NoSchedule that no"
                                + " toleration of the pods matches, so the pods would stay Pending. Fix: add the"
                                + " toleration {key: sku, operator: Exists} to tolerations, or select other nodes."
                                + " [node-pool.untolerated-taint]");
    }

    @Test
    void rejectsRequiredNodeAffinityToATaintedPoolWithoutTheToleration() {
        assertThat(problems(GPU, trainer(placement().requireNodes(NodeRequirement.in("agentpool", "gpu")))))
                .containsExactly("error Deployment/trainer spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = \"[[agentpool In [gpu]]]\":"
                        + " the required node affinity picks node pool gpu, whose nodes carry the taint"
                        + " sku=gpu:NoSchedule that no toleration of the pods matches, so the pods would stay Pending."
                        + " Fix: tolerate it with .tolerate(Toleration.exists(\"sku\")) on the placement, or select"
                        + " other nodes. [node-pool.untolerated-taint]");
    }

    @Test
    void acceptsRequiredNodeAffinityThatAlsoAllowsUntaintedNodes() {
        assertThat(build(GPU, trainer(placement().requireNodes(NodeRequirement.in("agentpool", "gpu"))
                .requireNodes(NodeRequirement.in("agentpool", "general")))).report().warnings()).isEmpty();
    }

    @Test
    void acceptsRequiredNodeAffinityWhoseOtherValuesReachUntaintedNodes() {
        NodePool arm = nodePool("arm64").label("kubernetes.io/arch", "arm64")
                .taint(taint("kubernetes.io/arch", "arm64", TaintEffect.NO_SCHEDULE));
        assertThat(build(arm, trainer(placement().requireNodes(NodeRequirement.in("kubernetes.io/arch", "amd64",
                "arm64")))).report().warnings()).isEmpty();
    }

    @Test
    void acceptsASelectorThatAnUntaintedPoolAlsoMatches() {
        NodePool spot = nodePool("spot").label("workload", "batch").label("agentpool", "spot")
                .taint(taint("kubernetes.azure.com/scalesetpriority", "spot", TaintEffect.NO_SCHEDULE));
        NodePool batch = nodePool("batch").label("workload", "batch").label("agentpool", "batch");
        assertThat(build(spot, batch, trainer(placement().nodeSelector("workload", "batch"))).report().warnings())
                .isEmpty();
        assertThat(build(spot, batch, trainer(placement().requireNodes(NodeRequirement.in("workload", "batch"))))
                .report().warnings()).isEmpty();
    }

    @Test
    void rejectsSelectingATaintedWindowsPoolByItsOsLabel() {
        NodePool windows = nodePool("win").label("kubernetes.io/os", "windows")
                .taint(taint("os", "windows", TaintEffect.NO_SCHEDULE));
        assertThat(problems(windows, trainer(placement().nodeSelector("kubernetes.io/os", "windows"))))
                .containsExactly("error Deployment/trainer spec.template.spec.nodeSelector ="
                        + " \"{kubernetes.io/os=windows}\": the node selector picks node pool win, whose nodes carry"
                        + " the taint os=windows:NoSchedule that no toleration of the pods matches, so the pods would"
                        + " stay Pending. Fix: tolerate it with .tolerate(Toleration.exists(\"os\")) on the"
                        + " placement, or select other nodes. [node-pool.untolerated-taint]");
    }

    @Test
    void doesNotTakeALinuxSelectorForAPoolPick() {
        NodePool linux = nodePool("linux").label("kubernetes.io/os", "linux")
                .taint(taint("dedicated", "infra", TaintEffect.NO_SCHEDULE));
        assertThat(build(linux, trainer(placement().nodeSelector("kubernetes.io/os", "linux"))).report()
                .warnings()).isEmpty();
    }

    @Test
    void rejectsAnInvalidTaintKey() {
        assertThat(problems(nodePool("gpu").taint(taint("bad key", "gpu", TaintEffect.NO_SCHEDULE))))
                .containsExactly("error NodePool/gpu taints[0].key = \"bad key\": is not a valid label key: an"
                        + " optional DNS-1123 subdomain prefix and '/', then at most 63 characters of letters, digits,"
                        + " '-', '_' and '.', starting and ending with a letter or digit. Fix: use a key such as"
                        + " \"example.com/tier\" or \"tier\". [label.key]");
    }

    @Test
    void acceptsTheSelectorWithTheToleration() {
        assertThat(build(GPU, trainer(placement().nodeSelector("agentpool", "gpu")
                .tolerate(Toleration.equal("sku", "gpu", TaintEffect.NO_SCHEDULE)))).report().warnings()).isEmpty();
    }

    @Test
    void ignoresPreferNoScheduleTaints() {
        NodePool soft = nodePool("soft").label("agentpool", "soft")
                .taint(taint("busy", "yes", TaintEffect.PREFER_NO_SCHEDULE));
        assertThat(build(soft, trainer(placement().nodeSelector("agentpool", "soft"))).report().warnings())
                .isEmpty();
    }

    @Test
    void runsItsChecksOnThePodsThatCanLandOnIt() {
        NodePool strict = nodePool("strict").label("agentpool", "strict")
                .check((workload, placement, pool, model, pod) -> pod.error("test.strict", "spec", workload.name(),
                        "runs on " + pool.description(), "move it"));
        assertThat(problems(strict, trainer(placement().nodeSelector("agentpool", "strict")))).containsExactly(
                "error Deployment/trainer spec.template.spec = \"trainer\": runs on node pool strict. Fix: move it."
                        + " [test.strict]");
    }

    @Test
    void reportsANullCheck() {
        assertThat(problems(nodePool("gpu").check(null))).containsExactly(
                "error NodePool/gpu checks = \"<none>\": null was passed to check(...). Fix: pass a value, or leave"
                        + " the call out. [input.null]");
    }

    @Test
    void validatesItsLabels() {
        assertThat(problems(nodePool("gpu").label("bad key", "x"))).hasSize(1).first().asString()
                .startsWith("error NodePool/gpu labels = \"bad key\"");
    }

    @Test
    void reportsANullNameLabelOrTaintNamingTheMethod() {
        assertThat(problems(nodePool(null), nodePool("gpu").label(null, "x").label("sku", null).taint(null)))
                .containsExactly("error NodePool/ name = \"<none>\": null was passed to nodePool(...) or"
                                + " NodePool.named(...). Fix: pass a value, or leave the call out. [input.null]",
                        "error NodePool/gpu labels = \"<none>\": null was passed to label(...). Fix: pass a value,"
                                + " or leave the call out. [input.null]",
                        "error NodePool/gpu labels = \"<none>\": null was passed to label(...). Fix: pass a value,"
                                + " or leave the call out. [input.null]",
                        "error NodePool/gpu taints = \"<none>\": null was passed to taint(...). Fix: pass a value,"
                                + " or leave the call out. [input.null]");
    }
}
