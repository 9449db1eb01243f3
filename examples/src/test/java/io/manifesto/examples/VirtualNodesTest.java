package io.manifesto.examples;

import io.manifesto.aks.rules.VirtualNodeRules;
import io.manifesto.core.Application;
import io.manifesto.testing.ManifestAssertions;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bursting web app needs its autoscaler (the build says so without one); the queue worker stays on ACI. */
class VirtualNodesTest {

    @Test
    void burstingWebAppWarnsUntilAnAutoscalerOwnsItsReplicas() {
        Application app = Application.named("shop").add(VirtualNodes.burstingWebApp()).build();

        assertThat(app.report().warnings()).extracting(Problem::ruleId)
                .containsExactly(VirtualNodeRules.BURST_WITHOUT_AUTOSCALER.id());
    }

    @Test
    void burstingWebAppToleratesTheVirtualNodeAndPrefersRegularNodes() {
        Application app = VirtualNodes.define();

        ManifestAssertions.assertThat(app.resources()).deployment("web")
                .toleratesTaint("virtual-kubelet.io/provider", "azure", "NoSchedule")
                .prefersNodes(100, "type", "NotIn", "virtual-kubelet")
                .prefersNodes(100, "virtualization", "NotIn", "virtualnode2");
        ManifestAssertions.assertThat(app.resources()).deployment("web").hasNoReplicas();
        ManifestAssertions.assertThat(app.resources()).horizontalPodAutoscaler("web").scales("Deployment", "web");
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
