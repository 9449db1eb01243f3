package io.manifesto.scheduling.rules;

import org.junit.jupiter.api.Test;

import static io.manifesto.scheduling.rules.SchedulingYaml.pod;
import static io.manifesto.scheduling.rules.SchedulingYaml.problems;
import static org.assertj.core.api.Assertions.assertThat;

/** Tolerations, node and pod affinity and topology spread of manifests the DSL did not make, fixes in their terms. */
class SchedulingObjectRulesTest {

    @Test
    void rejectsTolerationsTheApiServerRejects() {
        assertThat(problems(pod("""
                  tolerations:
                  - {operator: Equal, value: batch}
                  - {key: dedicated, operator: Exists, value: batch}
                  - {key: dedicated, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}
                """))).containsExactly(
                "pod.yaml:7: error Pod/web spec.tolerations[0].key = \"\": a toleration without key must use operator"
                        + " Exists (it then tolerates every taint). Fix: name the taint's key, or use operator: Exists"
                        + " to tolerate every taint. [toleration.equal-without-key]",
                "pod.yaml:8: error Pod/web spec.tolerations[1].value = \"batch\": a toleration with operator Exists"
                        + " matches any value, so it must not have one. Fix: drop value, or use operator: Equal."
                        + " [toleration.value-with-exists]",
                "pod.yaml:9: error Pod/web spec.tolerations[2].tolerationSeconds = \"60\": tolerationSeconds only"
                        + " applies to effect NoExecute, not NoSchedule. Fix: use effect: NoExecute, or drop"
                        + " tolerationSeconds. [toleration.seconds-without-no-execute]");
    }

    @Test
    void rejectsEmptyNodeAffinityTermsBadWeightsAndValuesThatDoNotFitTheOperator() {
        assertThat(problems(pod("""
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchExpressions: []
                        - matchExpressions:
                          - {key: zone, operator: In}
                          - {key: ssd, operator: Exists, values: ["true"]}
                          - {key: cores, operator: Gt, values: [many]}
                      preferredDuringSchedulingIgnoredDuringExecution:
                      - weight: 200
                        preference: {}
                """))).containsExactly(
                "pod.yaml:10: error Pod/web spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                        + ".nodeSelectorTerms[0].matchExpressions = \"[]\": a required node affinity term without"
                        + " requirements matches no node. Fix: add a matchExpressions entry to the term, or remove the"
                        + " term. [node-affinity.empty-term]",
                "pod.yaml:12: error Pod/web spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                        + ".nodeSelectorTerms[1].matchExpressions[0].values = \"[]\": operator In on zone needs at"
                        + " least one value. Fix: list the label values, or use operator: Exists."
                        + " [node-affinity.values]",
                "pod.yaml:13: error Pod/web spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                        + ".nodeSelectorTerms[1].matchExpressions[1].values = \"[true]\": operator Exists on ssd takes"
                        + " no values. Fix: drop values, or use operator: In. [node-affinity.values]",
                "pod.yaml:14: error Pod/web spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                        + ".nodeSelectorTerms[1].matchExpressions[2].values = \"[many]\": operator Gt on cores needs"
                        + " exactly one integer value. Fix: give values one integer, e.g. [\"4\"]."
                        + " [node-affinity.values]",
                "pod.yaml:16: error Pod/web spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution"
                        + "[0].weight = \"200\": an affinity weight must be from 1 to 100. Fix: use a weight from 1 (a"
                        + " hint) to 100 (a strong preference). [affinity.weight]",
                "pod.yaml:17: error Pod/web spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution"
                        + "[0].preference.matchExpressions = \"[]\": a preferred node affinity term without requirements"
                        + " prefers no node. Fix: add a matchExpressions entry to the preference, or remove the term."
                        + " [node-affinity.empty-term]");
    }

    @Test
    void rejectsPodAffinityTermsWithoutTopologyKeyOrPodsAndBadWeights() {
        assertThat(problems(pod("""
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                      - labelSelector: {matchLabels: {app: web}}
                      preferredDuringSchedulingIgnoredDuringExecution:
                      - weight: 0
                        podAffinityTerm: {topologyKey: kubernetes.io/hostname}
                """))).containsExactly(
                "pod.yaml:9: error Pod/web spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                        + "[0].topologyKey = \"\": a pod affinity term needs the node label that defines its domain."
                        + " Fix: use e.g. \"kubernetes.io/hostname\" (per node) or \"topology.kubernetes.io/zone\"."
                        + " [pod-affinity.term]",
                "pod.yaml:11: error Pod/web spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution"
                        + "[0].weight = \"0\": an affinity weight must be from 1 to 100. Fix: use a weight from 1 (a"
                        + " hint) to 100 (a strong preference). [affinity.weight]",
                "pod.yaml:12: error Pod/web spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution"
                        + "[0].podAffinityTerm.labelSelector.matchLabels = \"{}\": a pod affinity term without pod"
                        + " labels selects no pod. Fix: name the labels of the other pods in labelSelector.matchLabels,"
                        + " e.g. app.kubernetes.io/name: cache. [pod-affinity.term]");
    }

    @Test
    void rejectsSpreadsTheApiServerRejects() {
        assertThat(problems(pod("""
                  topologySpreadConstraints:
                  - {topologyKey: topology.kubernetes.io/zone, maxSkew: 0, whenUnsatisfiable: DoNotSchedule}
                  - {topologyKey: topology.kubernetes.io/zone, maxSkew: 1, whenUnsatisfiable: DoNotSchedule}
                  - {topologyKey: kubernetes.io/hostname, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway, minDomains: 2}
                  - {topologyKey: example.com/rack, maxSkew: 1, whenUnsatisfiable: DoNotSchedule, minDomains: 0}
                """))).containsExactly(
                "pod.yaml:7: error Pod/web spec.topologySpreadConstraints[0].maxSkew = \"0\": maxSkew must be at least"
                        + " 1. Fix: use 1 for an even spread, or more to allow some imbalance. [topology.max-skew]",
                "pod.yaml:7: error Pod/web spec.topologySpreadConstraints[0].topologyKey ="
                        + " \"topology.kubernetes.io/zone\": 2 constraints of Pod/web have this topologyKey and"
                        + " whenUnsatisfiable DoNotSchedule, which the API server rejects. Fix: keep one constraint per"
                        + " topology key and whenUnsatisfiable. [topology.duplicate]",
                "pod.yaml:9: error Pod/web spec.topologySpreadConstraints[2].minDomains = \"2\": minDomains applies"
                        + " only to whenUnsatisfiable DoNotSchedule, and the API server rejects it with ScheduleAnyway."
                        + " Fix: remove minDomains, or use whenUnsatisfiable: DoNotSchedule. [topology.min-domains]",
                "pod.yaml:10: error Pod/web spec.topologySpreadConstraints[3].minDomains = \"0\": minDomains must be at"
                        + " least 1. Fix: use the number of domains the pods must spread over, e.g. 3 zones, or leave"
                        + " it out. [topology.min-domains]");
    }

    @Test
    void rejectsASelectorAndRequiredTermsNoNodeMeets() {
        assertThat(problems(pod("""
                  nodeSelector: {type: virtual-kubelet}
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchExpressions: [{key: type, operator: NotIn, values: [virtual-kubelet]}]
                """))).containsExactly(
                // the selector also picks the tainted v1 pool without its toleration: a second mistake, as in the DSL
                "pod.yaml:6: error Pod/web spec.nodeSelector = \"{type=virtual-kubelet}\": the node selector picks AKS"
                        + " virtual nodes v1 (the ACI virtual kubelet), whose nodes carry the taint"
                        + " virtual-kubelet.io/provider=azure:NoSchedule that no toleration of the pods matches, so"
                        + " the pods would stay Pending. Fix: add the toleration {key: virtual-kubelet.io/provider,"
                        + " operator: Exists} to tolerations, or select other nodes. [node-pool.untolerated-taint]",
                "pod.yaml:10: error Pod/web spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                        + ".nodeSelectorTerms = \"[[type NotIn [virtual-kubelet]]]\": the node selector and the"
                        + " required node affinity ask for type = virtual-kubelet and type NotIn [virtual-kubelet] at"
                        + " once, which no node has, so the pods would stay Pending. Fix: make the conditions on type"
                        + " agree, or drop one of them. [placement.no-matching-node]");
    }

    @Test
    void rejectsASelectorForBothKindsOfVirtualNode() {
        assertThat(problems(pod("""
                  nodeSelector: {type: virtual-kubelet, virtualization: virtualnode2}
                """))).containsExactly(
                "pod.yaml:6: error Pod/web spec.nodeSelector = \"{type=virtual-kubelet, virtualization=virtualnode2}\":"
                        + " the node selector asks for the labels of AKS virtual nodes v1 (the ACI virtual kubelet) and"
                        + " AKS virtual nodes v2 at once, which no node has, so the pods would stay Pending. Fix:"
                        + " choose one kind of virtual node: type: virtual-kubelet (v1) or virtualization: virtualnode2"
                        + " (v2), not both. [placement.no-matching-node]");
    }
}
