package io.manifesto.examples;

import io.manifesto.aks.VirtualNodeRules;
import io.manifesto.core.Application;
import io.manifesto.testing.ManifestAssertions;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bursting web app is ready for its autoscaler: without one, the build says what is missing. */
class VirtualNodesTest {

    @Test
    void burstingWebAppWarnsUntilAnAutoscalerOwnsItsReplicas() {
        Application app = Application.named("shop").add(VirtualNodes.burstingWebApp()).build();

        assertThat(app.report().warnings()).extracting(Problem::ruleId)
                .containsExactly(VirtualNodeRules.BURST_WITHOUT_AUTOSCALER);
    }

    @Test
    void burstingWebAppToleratesTheVirtualNodeAndPrefersRegularNodes() {
        Application app = Application.named("shop").add(VirtualNodes.burstingWebApp()).build();

        ManifestAssertions.assertThat(app.resources()).deployment("web")
                .toleratesTaint("virtual-kubelet.io/provider", "azure", "NoSchedule")
                .prefersNodes(100, "type", "NotIn", "virtual-kubelet");
        assertThat(app.toYaml()).doesNotContain("nodeSelector");
    }

    @Test
    void queueWorkerRunsOnlyOnTheVirtualNodeByTheTalksRecipe() {
        ManifestAssertions.assertThat(VirtualNodes.define().resources()).deployment("queue-worker")
                .toleratesTaint("virtual-kubelet.io/provider", "azure", "NoSchedule")
                .hasNodeSelector("kubernetes.io/role", "agent")
                .hasNodeSelector("beta.kubernetes.io/os", "linux")
                .hasNodeSelector("type", "virtual-kubelet");
    }
}
