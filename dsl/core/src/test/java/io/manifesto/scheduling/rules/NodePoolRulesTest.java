package io.manifesto.scheduling.rules;

import org.junit.jupiter.api.Test;

import static io.manifesto.scheduling.rules.SchedulingYaml.pod;
import static io.manifesto.scheduling.rules.SchedulingYaml.problems;
import static org.assertj.core.api.Assertions.assertThat;

/** The tainted node pools of the standard cluster profile against manifests the DSL did not make. */
class NodePoolRulesTest {

    @Test
    void rejectsANodeSelectorThatPicksVirtualNodesWithoutTheToleration() {
        assertThat(problems(pod("""
                  nodeSelector: {type: virtual-kubelet}
                """))).filteredOn(p -> p.contains("[node-pool.")).containsExactly(
                "pod.yaml:6: error Pod/web spec.nodeSelector = \"{type=virtual-kubelet}\": the node selector picks AKS"
                        + " virtual nodes v1 (the ACI virtual kubelet), whose nodes carry the taint"
                        + " virtual-kubelet.io/provider=azure:NoSchedule that no toleration of the pods matches, so"
                        + " the pods would stay Pending. Fix: add the toleration {key: virtual-kubelet.io/provider,"
                        + " operator: Exists} to tolerations, or select other nodes. [node-pool.untolerated-taint]");
    }

    @Test
    void rejectsRequiredNodeAffinityThatPicksVirtualNodesWithoutTheToleration() {
        assertThat(problems(pod("""
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchExpressions: [{key: virtualization, operator: In, values: [virtualnode2]}]
                """))).filteredOn(p -> p.contains("[node-pool.")).containsExactly(
                "pod.yaml:9: error Pod/web spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                        + ".nodeSelectorTerms = \"[[virtualization In [virtualnode2]]]\": the required node affinity"
                        + " picks AKS virtual nodes v2, whose nodes carry the taint"
                        + " virtual-kubelet.io/provider=azure:NoSchedule that no toleration of the pods matches, so"
                        + " the pods would stay Pending. Fix: add the toleration {key: virtual-kubelet.io/provider,"
                        + " operator: Exists} to tolerations, or select other nodes. [node-pool.untolerated-taint]");
    }

    @Test
    void acceptsTheToleratedPick() {
        assertThat(problems(pod("""
                  tolerations: [{key: virtual-kubelet.io/provider, operator: Exists}]
                  nodeSelector: {type: virtual-kubelet}
                """))).noneMatch(p -> p.contains("[node-pool."));
    }
}
