package io.manifesto.maven;

import io.manifesto.lint.Lint;
import io.manifesto.scheduling.ClusterProfile;
import io.manifesto.validate.Problem;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code <cluster>} of {@code manifesto:lint}, as {@code manifesto lint --cluster}; MavenPluginIT runs it. */
class LintMojoTest {

    @Test
    void namesTheStandardProfileForAksAndTheGenericOneForGeneric() throws MojoExecutionException {
        assertThat(LintMojo.profile("aks")).isSameAs(ClusterProfile.standard());
        assertThat(LintMojo.profile("generic")).isSameAs(ClusterProfile.generic());
    }

    @Test
    void rejectsAnUnknownCluster() {
        assertThatThrownBy(() -> LintMojo.profile("eks")).isInstanceOf(MojoExecutionException.class)
                .hasMessage("manifesto:lint: unknown <cluster> \"eks\": use aks or generic");
    }

    @Test
    void theSampleOfTheClusterProjectFailsOnlyOnAGenericCluster() throws MojoExecutionException {
        List<Path> sample = List.of(Path.of("src/it/lint-cluster/src/main/k8s"));
        assertThat(Lint.lint(sample, LintMojo.profile("aks")).hasErrors()).isFalse();
        assertThat(Lint.lint(sample, LintMojo.profile("generic")).problems().stream().filter(Problem::isError)
                .map(Problem::toString)).containsExactly("src/it/lint-cluster/src/main/k8s/job.yaml:13: error"
                + " Pod/job spec.nodeSelector = \"{virtualization=virtualnode2}\": the node selector picks AKS virtual"
                + " nodes v2, but the cluster profile generic has none, so the pods would stay Pending. Fix: remove the"
                + " toleration of virtual-kubelet.io/provider and the virtual node selector, or lint with --cluster"
                + " aks if the cluster has them. [virtual-node.absent]");
    }
}
