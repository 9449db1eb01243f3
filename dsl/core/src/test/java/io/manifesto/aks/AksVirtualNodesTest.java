package io.manifesto.aks;

import io.manifesto.scheduling.NodeRequirement;
import io.manifesto.scheduling.PreferredNodes;
import io.manifesto.scheduling.Toleration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
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

    @Test
    void selectsV1NodesWithTheCurrentOsLabel() {
        assertThat(AksVirtualNodes.onlyV1().nodeSelector()).isEqualTo(Map.of("type", "virtual-kubelet",
                "kubernetes.io/role", "agent", "kubernetes.io/os", "linux"));
        assertThat(AksVirtualNodes.onlyV1().tolerations()).containsExactly(Toleration.exists(
                "virtual-kubelet.io/provider"));
    }

    @Test
    void selectsV2NodesByVirtualization() {
        assertThat(AksVirtualNodes.onlyV2().nodeSelector()).isEqualTo(Map.of("virtualization", "virtualnode2"));
        assertThat(AksVirtualNodes.onlyV2().tolerations()).containsExactly(AksVirtualNodes.TOLERATION);
    }

    @Test
    void burstsByToleratingTheVirtualNodeAndPreferringRegularNodes() {
        assertThat(AksVirtualNodes.burst().nodeSelector()).isEmpty();
        assertThat(AksVirtualNodes.burst().tolerations()).containsExactly(AksVirtualNodes.TOLERATION);
        assertThat(AksVirtualNodes.burst().preferredNodes()).containsExactly(
                new PreferredNodes(100, List.of(NodeRequirement.notIn("type", "virtual-kubelet"),
                        NodeRequirement.notIn("virtualization", "virtualnode2"))));
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
        assertThat(AksVirtualNodes.TAINT).hasToString("virtual-kubelet.io/provider=azure:NoSchedule");
        assertThat(AksVirtualNodes.v1Pool().taints()).containsExactly(AksVirtualNodes.TAINT);
        assertThat(AksVirtualNodes.TAINT.toleratedBy(AksVirtualNodes.TOLERATION)).isTrue();
    }

    @Test
    void keepsEachOnlyIntentOnItsOwnPool() {
        assertThat(AksVirtualNodes.onlyV1().canRunOn(AksVirtualNodes.v1Pool())).isTrue();
        assertThat(AksVirtualNodes.onlySeedRecipe().canRunOn(AksVirtualNodes.v1Pool())).isTrue();
        assertThat(AksVirtualNodes.onlyV1().canRunOn(AksVirtualNodes.v2Pool())).isFalse();
        assertThat(AksVirtualNodes.onlyV2().canRunOn(AksVirtualNodes.v1Pool())).isFalse();
    }
}
