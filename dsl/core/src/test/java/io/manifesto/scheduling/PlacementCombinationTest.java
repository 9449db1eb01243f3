package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
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
}
