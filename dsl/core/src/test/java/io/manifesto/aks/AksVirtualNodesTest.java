package io.manifesto.aks;

import io.manifesto.scheduling.NodeRequirement;
import io.manifesto.scheduling.Placement;
import io.manifesto.scheduling.Toleration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

class AksVirtualNodesTest {

    @Test
    void rendersTheSeedRecipeExactly() {
        String yaml = yaml(deployment("worker").container(container("app").image("registry/app:1.0"))
                .placement(AksVirtualNodes.onlySeedRecipe()));

        assertThat(yaml).contains("""
                      nodeSelector:
                        beta.kubernetes.io/os: linux
                        kubernetes.io/role: agent
                        type: virtual-kubelet
                """).contains("""
                      tolerations:
                      - key: virtual-kubelet.io/provider
                        operator: Exists
                """);
    }

    /** The YAML of a worker placed by {@code placement}: the literal Kubernetes values, not the constants. */
    private static String podSpecOf(Placement placement) {
        return yaml(deployment("worker").container(container("app").image("registry/app:1.0")).placement(placement));
    }

    @Test
    void selectsV1NodesWithTheCurrentOsLabel() {
        assertThat(podSpecOf(AksVirtualNodes.onlyV1())).contains("""
                      nodeSelector:
                        kubernetes.io/os: linux
                        kubernetes.io/role: agent
                        type: virtual-kubelet
                """).contains("""
                      tolerations:
                      - key: virtual-kubelet.io/provider
                        operator: Exists
                """).doesNotContain("affinity:");
    }

    @Test
    void selectsV2NodesByVirtualization() {
        assertThat(podSpecOf(AksVirtualNodes.onlyV2())).contains("""
                      nodeSelector:
                        virtualization: virtualnode2
                """).contains("""
                      tolerations:
                      - key: virtual-kubelet.io/provider
                        operator: Exists
                """).doesNotContain("affinity:");
    }

    @Test
    void burstsByToleratingTheVirtualNodeAndPreferringRegularNodes() {
        assertThat(podSpecOf(AksVirtualNodes.burst())).contains("""
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
                """).contains("""
                      tolerations:
                      - key: virtual-kubelet.io/provider
                        operator: Exists
                """).doesNotContain("nodeSelector:");
        assertThat(AksVirtualNodes.burst().canRunOn(AksVirtualNodes.v1Pool())).isTrue();
        assertThat(AksVirtualNodes.burst().canRunOn(AksVirtualNodes.v2Pool())).isTrue();
    }

    @Test
    void burstPrefersRegularNodesOverBothKindsOfVirtualNode() {
        List<NodeRequirement> preferred = AksVirtualNodes.burst().preferredNodes().get(0).requirements();

        assertThat(preferred).allMatch(r -> r.matches(Map.of("kubernetes.io/os", "linux", "agentpool", "system")));
        assertThat(preferred.stream().allMatch(r -> r.matches(AksVirtualNodes.v1Pool().labels()))).isFalse();
        assertThat(preferred.stream().allMatch(r -> r.matches(AksVirtualNodes.v2Pool().labels()))).isFalse();
    }

    @Test
    void sortsTheSelectorConstantsByKey() {
        assertThat(AksVirtualNodes.SEED_NODE_SELECTOR.keySet()).containsExactly("beta.kubernetes.io/os",
                "kubernetes.io/role", "type");
        assertThat(AksVirtualNodes.V1_NODE_SELECTOR.keySet()).containsExactly("kubernetes.io/os",
                "kubernetes.io/role", "type");
        assertThat(AksVirtualNodes.V2_NODE_SELECTOR.keySet()).containsExactly("virtualization");
    }

    @Test
    void burstsOntoV2OnlyAndKeepsOffV1() {
        assertThat(AksVirtualNodes.burstV2().canRunOn(AksVirtualNodes.v2Pool())).isTrue();
        assertThat(AksVirtualNodes.burstV2().canRunOn(AksVirtualNodes.v1Pool())).isFalse();
    }

    @Test
    void taintsTheVirtualNodesWithTheAzureProvider() {
        assertThat(AksVirtualNodes.v1Pool().taints()).extracting(Object::toString)
                .containsExactly("virtual-kubelet.io/provider=azure:NoSchedule");
        assertThat(AksVirtualNodes.v2Pool().taints()).extracting(Object::toString)
                .containsExactly("virtual-kubelet.io/provider=azure:NoSchedule");
        assertThat(AksVirtualNodes.v1Pool().taints().get(0).toleratedBy(Toleration.exists(
                "virtual-kubelet.io/provider"))).isTrue();
    }

    @Test
    void keepsEachOnlyIntentOnItsOwnPool() {
        assertThat(AksVirtualNodes.onlyV1().canRunOn(AksVirtualNodes.v1Pool())).isTrue();
        assertThat(AksVirtualNodes.onlySeedRecipe().canRunOn(AksVirtualNodes.v1Pool())).isTrue();
        assertThat(AksVirtualNodes.onlyV1().canRunOn(AksVirtualNodes.v2Pool())).isFalse();
        assertThat(AksVirtualNodes.onlyV2().canRunOn(AksVirtualNodes.v1Pool())).isFalse();
    }

    @Test
    void rejectsASelectorThatMixesTheLabelsOfV1AndV2() {
        assertThat(problems(deployment("worker").container(container("app").image("registry/app:1.0"))
                .placement(AksVirtualNodes.onlyV1().and(AksVirtualNodes.onlyV2())))).containsExactly(
                "error Deployment/worker spec.template.spec.nodeSelector = \"{kubernetes.io/os=linux,"
                        + " kubernetes.io/role=agent, type=virtual-kubelet, virtualization=virtualnode2}\": the node"
                        + " selector asks for the labels of AKS virtual nodes v1 (the ACI virtual kubelet) and AKS"
                        + " virtual nodes v2 at once, which no node has, so the pods would stay Pending. Fix: choose"
                        + " one kind of virtual node: AksVirtualNodes.onlyV1() or AksVirtualNodes.onlyV2(), not"
                        + " both. [placement.no-matching-node]");
    }

    @Test
    void rejectsRequiredNodeAffinityThatMixesTheLabelsOfV1AndV2() {
        assertThat(problems(deployment("worker").container(container("app").image("registry/app:1.0"))
                .placement(placement().tolerate(AksVirtualNodes.TOLERATION)
                        .requireNodes(NodeRequirement.in("type", "virtual-kubelet"),
                                NodeRequirement.exists("virtualization"))))).containsExactly(
                "error Deployment/worker spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = \"[[type In"
                        + " [virtual-kubelet], virtualization Exists]]\": every required node affinity term, with the"
                        + " node selector, asks for the labels of AKS virtual nodes v1 (the ACI virtual kubelet) and"
                        + " AKS virtual nodes v2 at once, which no node has, so the pods would stay Pending. Fix:"
                        + " choose one kind of virtual node: AksVirtualNodes.onlyV1() or AksVirtualNodes.onlyV2(),"
                        + " not both. [placement.no-matching-node]");
    }

    @Test
    void rendersATolerationThatTwoPlacementsShareOnce() {
        Placement both = AksVirtualNodes.onlyV2().and(AksVirtualNodes.burstV2());

        assertThat(both.tolerations()).containsExactly(Toleration.exists("virtual-kubelet.io/provider"));
        assertThat(yaml(deployment("worker").container(container("app").image("registry/app:1.0"))
                .placement(AksVirtualNodes.onlyV2()).placement(AksVirtualNodes.burstV2())))
                .containsOnlyOnce("virtual-kubelet.io/provider");
    }
}
