package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Pass and fail cases of the placement assertions: DaemonSets and preferred node affinity. */
class SchedulingAssertTest {

    private final List<HasMetadata> manifests = List.of(
            new DeploymentBuilder().withNewMetadata().withName("web").endMetadata()
                    .withNewSpec().withNewTemplate().withNewSpec()
                    .withNewAffinity().withNewNodeAffinity()
                    .addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(100)
                    .withNewPreference().withMatchExpressions(
                            new NodeSelectorRequirement("type", "NotIn", List.of("virtual-kubelet")))
                    .endPreference().endPreferredDuringSchedulingIgnoredDuringExecution()
                    .endNodeAffinity().endAffinity()
                    .endSpec().endTemplate().endSpec().build(),
            new DaemonSetBuilder().withNewMetadata().withName("agent").endMetadata()
                    .withNewSpec().withNewTemplate().withNewSpec().addToNodeSelector("kubernetes.io/os", "linux")
                    .endSpec().endTemplate().endSpec().build());

    @Test
    void checksAPreferredNodeAffinity() {
        assertThat(manifests).deployment("web").prefersNodes(100, "type", "NotIn", "virtual-kubelet");
    }

    @Test
    void anotherPreferenceFailsListingTheTerms() {
        assertThatThrownBy(() -> assertThat(manifests).deployment("web").prefersNodes(50, "type", "NotIn",
                "virtual-kubelet"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting Deployment/web to prefer the nodes\n"
                        + "  weight 50: type NotIn [virtual-kubelet]\n"
                        + "but its preferred node affinity was\n"
                        + "  weight 100: type NotIn [virtual-kubelet]");
    }

    @Test
    void picksADaemonSetAndReadsItsPodTemplate() {
        assertThat(manifests).daemonSet("agent").hasNodeSelector("kubernetes.io/os", "linux").hasNoReplicas();
    }
}
