package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.manifesto.aks.AksVirtualNodes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.Manifesto.*;
import static io.manifesto.scheduling.NodeRequirement.in;
import static io.manifesto.scheduling.NodeRequirement.notIn;
import static org.assertj.core.api.Assertions.assertThat;

/** Required node terms are alternatives within a placement; combined placements must all hold. */
class PlacementCombinationTest {

    private static final Placement ZONES = placement().requireNodes(in("zone", "a")).requireNodes(in("zone", "b"));
    private static final Placement NOT_VIRTUAL = placement().requireNodes(notIn("type", "virtual-kubelet"));

    private static List<String> renderedTerms(io.manifesto.workload.Deployment workload) {
        Deployment rendered = (Deployment) Builds.build(workload).resources().stream()
                .filter(Deployment.class::isInstance).findFirst().orElseThrow();
        return rendered.getSpec().getTemplate().getSpec().getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().stream()
                .map(PlacementCombinationTest::describe).toList();
    }

    private static String describe(NodeSelectorTerm term) {
        return term.getMatchExpressions().stream()
                .map(r -> r.getKey() + " " + r.getOperator() + " " + r.getValues()).toList().toString();
    }

    private static io.manifesto.workload.Deployment worker() {
        return deployment("worker").container(container("worker").image("worker:1.0.0"));
    }

    @Test
    void andJoinsEachTermOfOnePlacementWithEachTermOfTheOther() {
        assertThat(ZONES.and(NOT_VIRTUAL).requiredNodes()).containsExactly(
                List.of(in("zone", "a"), notIn("type", "virtual-kubelet")),
                List.of(in("zone", "b"), notIn("type", "virtual-kubelet")));
    }

    @Test
    void twoPlacementsOnOneWorkloadRenderTermsThatSatisfyBoth() {
        assertThat(renderedTerms(worker().placement(ZONES).placement(NOT_VIRTUAL))).containsExactly(
                "[zone In [a], type NotIn [virtual-kubelet]]",
                "[zone In [b], type NotIn [virtual-kubelet]]");
    }

    @Test
    void onePlacementKeepsItsAlternatives() {
        assertThat(renderedTerms(worker().placement(ZONES))).containsExactly("[zone In [a]]", "[zone In [b]]");
    }

    @Test
    void rejectsARequiredTermThatContradictsTheNodeSelector() {
        assertThat(Builds.problems(worker().placement(AksVirtualNodes.onlyV1()).placement(AksVirtualNodes.burstV2())))
                .containsExactly("error Deployment/worker spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = \"[[type NotIn"
                        + " [virtual-kubelet]]]\": the node selector and the required node affinity ask for type ="
                        + " virtual-kubelet and type NotIn [virtual-kubelet] at once, which no node has, so the pods"
                        + " would stay Pending. Fix: make the conditions on type agree, or drop one of them: every"
                        + " placement of a workload must hold at once. [placement.no-matching-node]");
        assertThat(Builds.problems(worker().placement(AksVirtualNodes.onlyV2())
                .placement(placement().requireNodes(notIn("virtualization", "virtualnode2")))))
                .containsExactly("error Deployment/worker spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = \"[[virtualization"
                        + " NotIn [virtualnode2]]]\": the node selector and the required node affinity ask for"
                        + " virtualization = virtualnode2 and virtualization NotIn [virtualnode2] at once, which no"
                        + " node has, so the pods would stay Pending. Fix: make the conditions on virtualization"
                        + " agree, or drop one of them: every placement of a workload must hold at once."
                        + " [placement.no-matching-node]");
        assertThat(Builds.problems(worker().placement(placement().nodeSelector("agentpool", "a")
                .requireNodes(in("agentpool", "b"))))).containsExactly(
                "error Deployment/worker spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = \"[[agentpool In"
                        + " [b]]]\": the node selector and the required node affinity ask for agentpool = a and"
                        + " agentpool In [b] at once, which no node has, so the pods would stay Pending. Fix: make the"
                        + " conditions on agentpool agree, or drop one of them: every placement of a workload must"
                        + " hold at once. [placement.no-matching-node]");
    }

    @Test
    void rejectsRequiredTermsThatEachContradictThemselves() {
        assertThat(Builds.problems(worker().placement(ZONES).placement(placement().requireNodes(in("zone", "c")))))
                .containsExactly("error Deployment/worker spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = \"[[zone In [a], zone"
                        + " In [c]], [zone In [b], zone In [c]]]\": each of the 2 required node affinity terms asks,"
                        + " with the node selector, for what no node has (the first for zone In [a] and zone In [c]"
                        + " at once), so the pods would stay Pending. Fix: make the conditions on zone agree, or drop"
                        + " one of them: every placement of a workload must hold at once."
                        + " [placement.no-matching-node]");
        assertThat(Builds.problems(worker().placement(placement().requireNodes(NodeRequirement.greaterThan("cores", 8),
                NodeRequirement.lessThan("cores", 10), notIn("cores", "9"))))).containsExactly(
                "error Deployment/worker spec.template.spec.affinity.nodeAffinity"
                        + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = \"[[cores Gt [8], cores"
                        + " Lt [10], cores NotIn [9]]]\": the required node affinity asks for cores Gt [8] and cores"
                        + " Lt [10] and cores NotIn [9] at once, which no node has, so the pods would stay Pending."
                        + " Fix: make the conditions on cores agree, or drop one of them: every placement of a"
                        + " workload must hold at once. [placement.no-matching-node]");
    }

    @Test
    void acceptsTermsThatSomeNodeMeets() {
        // one term of ZONES contradicts zone In [b, c] on a; the other does not
        assertThat(Builds.warnings(worker().placement(ZONES).placement(placement().requireNodes(in("zone", "b", "c"))))).isEmpty();
        assertThat(Builds.warnings(worker().placement(placement().requireNodes(NodeRequirement.greaterThan("cores", 8),
                NodeRequirement.lessThan("cores", 11), notIn("cores", "9"))))).isEmpty();
        assertThat(Builds.warnings(worker().placement(placement().nodeSelector("agentpool", "a")
                .requireNodes(in("agentpool", "a", "b"), NodeRequirement.exists("gpu"), notIn("gpu", "none"))))).isEmpty();
        assertThat(Builds.warnings(worker().placement(AksVirtualNodes.onlyV1()))).isEmpty();
        Builds.build(worker().placement(AksVirtualNodes.onlyV2()).placement(AksVirtualNodes.burstV2()));
    }
}
