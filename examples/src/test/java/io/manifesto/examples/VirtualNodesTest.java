package io.manifesto.examples;

import io.manifesto.aks.VirtualNodeRules;
import io.manifesto.core.Application;
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
        String yaml = Application.named("shop").add(VirtualNodes.burstingWebApp()).build().toYaml();

        assertThat(yaml).contains("""
                      affinity:
                        nodeAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution:
                          - preference:
                              matchExpressions:
                              - key: type
                                operator: NotIn
                                values:
                                - virtual-kubelet
                            weight: 100
                """).contains("""
                      tolerations:
                      - key: virtual-kubelet.io/provider
                        operator: Exists
                """).doesNotContain("nodeSelector");
    }
}
