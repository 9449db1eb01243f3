package io.manifesto.scheduling;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.scheduling.Builds.problems;
import static org.assertj.core.api.Assertions.assertThat;

class NodeRequirementTest {

    private static final Map<String, String> NODE = Map.of("zone", "a", "cpus", "8");

    @Test
    void matchesNodeLabelsByOperator() {
        assertThat(NodeRequirement.in("zone", "a", "b").matches(NODE)).isTrue();
        assertThat(NodeRequirement.in("zone", "b").matches(NODE)).isFalse();
        assertThat(NodeRequirement.notIn("zone", "b").matches(NODE)).isTrue();
        assertThat(NodeRequirement.notIn("type", "virtual-kubelet").matches(NODE)).isTrue();
        assertThat(NodeRequirement.exists("cpus").matches(NODE)).isTrue();
        assertThat(NodeRequirement.doesNotExist("cpus").matches(NODE)).isFalse();
        assertThat(NodeRequirement.greaterThan("cpus", 4).matches(NODE)).isTrue();
        assertThat(NodeRequirement.lessThan("cpus", 4).matches(NODE)).isFalse();
        assertThat(NodeRequirement.greaterThan("zone", 4).matches(NODE)).isFalse();
    }

    @Test
    void rejectsValuesWithExistsAndDoesNotExist() {
        assertThat(problems(onNodes(new NodeRequirement("gpu", NodeOperator.DOES_NOT_EXIST, List.of("x")))))
                .containsExactly(PATH + "values = \"[x]\": operator DoesNotExist on gpu takes no values."
                        + " Fix: drop the values, or use NodeRequirement.in(\"gpu\", ...). [node-affinity.values]");
    }

    @Test
    void rejectsInWithoutValues() {
        assertThat(problems(onNodes(NodeRequirement.notIn("zone")))).containsExactly(
                PATH + "values = \"[]\": operator NotIn on zone needs at least one value. Fix: list the label"
                        + " values, or use NodeRequirement.exists(\"zone\"). [node-affinity.values]");
    }

    @Test
    void rejectsGtAndLtWithoutExactlyOneInteger() {
        assertThat(problems(onNodes(new NodeRequirement("cpus", NodeOperator.LT, List.of("4", "8")),
                new NodeRequirement("cpus", NodeOperator.GT, List.of("many"))))).containsExactly(
                PATH + "values = \"[4, 8]\": operator Lt on cpus needs exactly one integer value. Fix: compare with"
                        + " one number, e.g. NodeRequirement.greaterThan(\"cpus\", 4). [node-affinity.values]",
                PATH.replace("matchExpressions[0]", "matchExpressions[1]") + "values = \"[many]\": operator Gt on cpus needs exactly one integer"
                        + " value. Fix: compare with one number, e.g. NodeRequirement.greaterThan(\"cpus\", 4)."
                        + " [node-affinity.values]");
    }

    private static final String PATH = "error Deployment/web spec.template.spec.affinity.nodeAffinity."
            + "requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].";

    private static io.manifesto.workload.Deployment onNodes(NodeRequirement... requirements) {
        return deployment("web").container(container("web").image("registry/web:1.0"))
                .placement(placement().requireNodes(requirements));
    }
}
