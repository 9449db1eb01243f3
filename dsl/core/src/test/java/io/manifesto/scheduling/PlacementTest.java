package io.manifesto.scheduling;

import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.nodePool;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

class PlacementTest {

    private static Deployment web() {
        return deployment("web").container(container("web").image("registry/web:1.0"));
    }

    @Test
    void rendersNodeAffinityRequiredAndPreferred() {
        assertThat(yaml(web().placement(placement()
                .requireNodes(NodeRequirement.in("zone", "a", "b"), NodeRequirement.greaterThan("cpus", 4))
                .requireNodes(NodeRequirement.exists("gpu"))
                .preferNodes(20, NodeRequirement.doesNotExist("spot"))))).contains("""
                      affinity:
                        nodeAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution:
                          - preference:
                              matchExpressions:
                              - key: spot
                                operator: DoesNotExist
                            weight: 20
                          requiredDuringSchedulingIgnoredDuringExecution:
                            nodeSelectorTerms:
                            - matchExpressions:
                              - key: zone
                                operator: In
                                values:
                                - a
                                - b
                              - key: cpus
                                operator: Gt
                                values:
                                - "4"
                            - matchExpressions:
                              - key: gpu
                                operator: Exists
                """);
    }

    @Test
    void rendersPodAffinityAndAntiAffinityByTopology() {
        assertThat(yaml(web().placement(placement()
                .nearPods("kubernetes.io/hostname", Map.of("app", "cache"))
                .preferAwayFromPods(50, "topology.kubernetes.io/zone", Map.of("app", "web"))))).contains("""
                      affinity:
                        podAffinity:
                          requiredDuringSchedulingIgnoredDuringExecution:
                          - labelSelector:
                              matchLabels:
                                app: cache
                            topologyKey: kubernetes.io/hostname
                        podAntiAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution:
                          - podAffinityTerm:
                              labelSelector:
                                matchLabels:
                                  app: web
                              topologyKey: topology.kubernetes.io/zone
                            weight: 50
                """);
    }

    @Test
    void composesPlacementsWithAnd() {
        Placement both = placement().nodeSelector("disk", "ssd")
                .and(placement().tolerate(Toleration.exists("dedicated")).nodeSelector("zone", "a"));

        assertThat(both.nodeSelector()).isEqualTo(Map.of("disk", "ssd", "zone", "a"));
        assertThat(both.tolerations()).containsExactly(Toleration.exists("dedicated"));
    }

    @Test
    void addsUpSeveralPlacementsOnOneWorkload() {
        String yaml = yaml(web().placement(placement().nodeSelector("disk", "ssd"))
                .placement(placement().nodeSelector("zone", "a").tolerate(Toleration.exists("dedicated"))));

        assertThat(yaml).contains("""
                      nodeSelector:
                        disk: ssd
                        zone: a
                """).contains("""
                      tolerations:
                      - key: dedicated
                        operator: Exists
                """);
    }

    @Test
    void rejectsWeightsOutsideOneToHundred() {
        assertThat(problems(web().placement(placement().preferNodes(0, NodeRequirement.exists("ssd"))
                .preferNearPods(101, "kubernetes.io/hostname", Map.of("app.kubernetes.io/name", "web")))))
                .containsExactly(
                "error Deployment/web spec.template.spec.affinity.nodeAffinity"
                        + ".preferredDuringSchedulingIgnoredDuringExecution[0].weight = \"0\": an affinity weight"
                        + " must be from 1 to 100. Fix: use a weight from 1 (a hint) to 100 (a strong preference)."
                        + " [affinity.weight]",
                "error Deployment/web spec.template.spec.affinity.podAffinity"
                        + ".preferredDuringSchedulingIgnoredDuringExecution[0].weight = \"101\": an affinity weight"
                        + " must be from 1 to 100. Fix: use a weight from 1 (a hint) to 100 (a strong preference)."
                        + " [affinity.weight]");
    }

    @Test
    void rejectsAnEmptyNodeAffinityTerm() {
        assertThat(problems(web().placement(placement().requireNodes()))).containsExactly(
                "error Deployment/web spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions ="
                        + " \"[]\": a required node affinity term without requirements matches no node. Fix: pass at"
                        + " least one NodeRequirement to requireNodes(...). [node-affinity.empty-term]");
    }

    @Test
    void rejectsAnEmptyPreferredNodeAffinityTerm() {
        assertThat(problems(web().placement(placement().preferNodes(10)))).containsExactly(
                "error Deployment/web spec.template.spec.affinity.nodeAffinity"
                        + ".preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions = \"[]\":"
                        + " a preferred node affinity term without requirements prefers no node. Fix: pass at least"
                        + " one NodeRequirement to preferNodes(10, ...). [node-affinity.empty-term]");
    }

    @Test
    void rejectsAPreferredPodTermWithoutTopologyKey() {
        assertThat(problems(web().placement(placement().preferNearPods(50, "",
                Map.of("app.kubernetes.io/name", "web")))))
                .containsExactly("error Deployment/web spec.template.spec.affinity.podAffinity"
                        + ".preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey = \"\": a"
                        + " pod affinity term needs the node label that defines its domain. Fix: use e.g."
                        + " \"kubernetes.io/hostname\" (per node) or \"topology.kubernetes.io/zone\"."
                        + " [pod-affinity.term]");
    }

    @Test
    void rendersAPlacementAddedTwiceOnce() {
        Placement spread = placement().preferNodes(30, NodeRequirement.in("disk", "ssd"))
                .preferNearPods(50, "kubernetes.io/hostname", Map.of("app", "cache"))
                .requireNodes(NodeRequirement.exists("ssd"));
        assertThat(Builds.yaml(web().placement(spread).placement(spread)))
                .isEqualTo(Builds.yaml(web().placement(spread)));
    }

    @Test
    void rejectsPodTermsWithoutTopologyKeyOrLabels() {
        assertThat(problems(web().placement(placement().awayFromPods("", Map.of())))).containsExactly(
                "error Deployment/web spec.template.spec.affinity.podAntiAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey = \"\": a pod affinity term"
                        + " needs the node label that defines its domain. Fix: use e.g. \"kubernetes.io/hostname\""
                        + " (per node) or \"topology.kubernetes.io/zone\". [pod-affinity.term]",
                "error Deployment/web spec.template.spec.affinity.podAntiAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels = \"{}\": a"
                        + " pod affinity term without pod labels selects no pod. Fix: name the labels of the other"
                        + " pods, e.g. Map.of(\"app.kubernetes.io/name\", \"cache\"). [pod-affinity.term]");
    }

    @Test
    void rejectsASelectorForTheVirtualNodeWithoutItsToleration() {
        assertThat(problems(web().placement(placement().nodeSelector("type", "virtual-kubelet")))).containsExactly(
                "error Deployment/web spec.template.spec.nodeSelector = \"{type=virtual-kubelet}\": the node"
                        + " selector picks AKS virtual nodes v1 (the ACI virtual kubelet), whose nodes carry the taint"
                        + " virtual-kubelet.io/provider=azure:NoSchedule that no toleration of the pods matches, so the"
                        + " pods would stay Pending. Fix: tolerate it with"
                        + " .tolerate(Toleration.exists(\"virtual-kubelet.io/provider\")) on the placement, or select"
                        + " other nodes. [node-pool.untolerated-taint]");
    }

    @Test
    void reportsPlacementMistakesTogether() {
        assertThat(problems(web().placement(placement().nodeSelector("virtualization", "virtualnode2")
                .tolerate(Toleration.exists("other", TaintEffect.NO_SCHEDULE).forSeconds(3))
                .preferNodes(200, NodeRequirement.in("zone")))))
                .extracting(p -> p.substring(p.lastIndexOf('[') + 1, p.length() - 1))
                // all object rules of the rendered pod spec, in the order of their rule sets: node affinity, node
                // pools (untolerated-taint, an object rule since the cluster profile reaches the set), tolerations
                .containsExactly("affinity.weight", "node-affinity.values", NodePool.UNTOLERATED_TAINT,
                        "toleration.seconds-without-no-execute");
    }

    @Test
    void checksSeveralPlacementsOnOneWorkloadAsAWhole() {
        NodePool gpu = nodePool("gpu").label("agentpool", "gpu").taint(Taint.of("sku", "gpu",
                TaintEffect.NO_SCHEDULE));

        assertThat(Builds.warnings(gpu, web().placement(placement().tolerate(Toleration.exists("sku")))
                .placement(placement().nodeSelector("agentpool", "gpu")))).isEmpty();
    }

    @Test
    void reportsTolerationsAtTheirIndexInTheRenderedPodSpec() {
        assertThat(problems(web().placement(placement().tolerate(Toleration.exists("dedicated")))
                .placement(placement().tolerate(Toleration.equal("", "x", TaintEffect.NO_SCHEDULE)))))
                .containsExactly("error Deployment/web spec.template.spec.tolerations[1].key = \"\": a toleration"
                        + " without key must use operator Exists (it then tolerates every taint). Fix: name the"
                        + " taint's key, e.g. Toleration.equal(\"dedicated\", \"gpu\", NO_SCHEDULE)."
                        + " [toleration.equal-without-key]");
    }

    @Test
    void rejectsConflictingNodeSelectorValuesAcrossPlacements() {
        assertThat(problems(web().placement(placement().nodeSelector("zone", "a"))
                .placement(placement().nodeSelector("zone", "b")))).containsExactly(
                "error Deployment/web spec.template.spec.nodeSelector.zone = \"[a, b]\": the placements of the pods"
                        + " select the node label zone = a and b, but nodeSelector holds one value per label, so"
                        + " only the last, b, would be kept. Fix: keep one value for zone, or allow several with"
                        + " requireNodes(NodeRequirement.in(\"zone\", \"a\", \"b\")). ["
                        + Placement.CONFLICTING_NODE_SELECTOR + "]");
    }

    @Test
    void rejectsConflictingNodeSelectorValuesWithinOnePlacement() {
        Placement conflicting = placement().nodeSelector("disk", "ssd").nodeSelector("disk", "hdd")
                .and(placement().nodeSelector("disk", "ssd"));

        assertThat(conflicting.nodeSelector()).isEqualTo(Map.of("disk", "hdd"));
        assertThat(problems(web().placement(conflicting))).containsExactly(
                "error Deployment/web spec.template.spec.nodeSelector.disk = \"[ssd, hdd]\": the placements of the"
                        + " pods select the node label disk = ssd and hdd, but nodeSelector holds one value per"
                        + " label, so only the last, hdd, would be kept. Fix: keep one value for disk, or allow"
                        + " several with requireNodes(NodeRequirement.in(\"disk\", \"ssd\", \"hdd\"))."
                        + " [placement.conflicting-node-selector]");
    }

    @Test
    void acceptsTheSameNodeSelectorValueTwice() {
        assertThat(Builds.warnings(web().placement(placement().nodeSelector("disk", "ssd"))
                .placement(placement().nodeSelector("disk", "ssd")))).isEmpty();
    }

    @Test
    void doesNotTreatCommonNodeLabelsAsTargetingAPool() {
        assertThat(Builds.warnings(web().placement(placement().nodeSelector("kubernetes.io/os", "linux")))).isEmpty();
    }

    @Test
    void reportsNullsAsProblemsInsteadOfThrowing() {
        assertThat(problems(web().placement(placement().tolerate(null).nodeSelector(null).and(null)),
                nodePool("pool").taint(null).check(null))).extracting(p -> p.substring(p.lastIndexOf('[') + 1,
                p.length() - 1)).containsExactly("input.null", "input.null", "input.null", "input.null", "input.null");
    }

    @Test
    void reportsANullPlacementAndANullSelectorMapNamingTheMethod() {
        assertThat(problems(web().placement(placement().and(null).nodeSelector((Map<String, String>) null))))
                .containsExactly("error Deployment/web spec.template.spec.affinity = \"<none>\": null was passed to"
                                + " and(...). Fix: pass a value, or leave the call out. [input.null]",
                        "error Deployment/web spec.template.spec.nodeSelector = \"<none>\": null was passed to"
                                + " nodeSelector(...). Fix: pass a value, or leave the call out. [input.null]");
    }

    @Test
    void reportsNullPodTermsAndNodeRequirementsNamingTheMethod() {
        assertThat(problems(web().placement(placement().nearPods(null, Map.of("app", "cache"))
                .awayFromPods("kubernetes.io/hostname", null).requireNodes((NodeRequirement[]) null)
                .preferNodes(10, NodeRequirement.exists("ssd"), null))))
                .containsExactly("error Deployment/web spec.template.spec.affinity.podAffinity = \"<none>\": null was"
                                + " passed to nearPods(...). Fix: pass a value, or leave the call out. [input.null]",
                        "error Deployment/web spec.template.spec.affinity.podAntiAffinity = \"<none>\": null was"
                                + " passed to awayFromPods(...). Fix: pass a value, or leave the call out. [input.null]",
                        "error Deployment/web spec.template.spec.affinity.nodeAffinity"
                                + ".requiredDuringSchedulingIgnoredDuringExecution = \"<none>\": null was passed to"
                                + " requireNodes(...). Fix: pass a value, or leave the call out. [input.null]",
                        "error Deployment/web spec.template.spec.affinity.nodeAffinity"
                                + ".preferredDuringSchedulingIgnoredDuringExecution = \"<none>\": null was passed to"
                                + " preferNodes(...). Fix: pass a value, or leave the call out. [input.null]",
                        "error Deployment/web spec.template.spec.affinity.nodeAffinity"
                                + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]"
                                + ".matchExpressions = \"[]\": a required node affinity term without requirements"
                                + " matches no node. Fix: pass at least one NodeRequirement to requireNodes(...)."
                                + " [node-affinity.empty-term]");
    }
}
