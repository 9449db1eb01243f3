package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PodDisruptionBudgetAssertTest {

    private PodDisruptionBudgetAssert shop() {
        return assertThat(Fixtures.manifests()).podDisruptionBudget("shop");
    }

    @Test
    void checksMinAvailable() {
        shop().hasMinAvailable("1");
    }

    @Test
    void aDifferentMinAvailableFails() {
        assertThatThrownBy(() -> shop().hasMinAvailable("50%"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting PodDisruptionBudget/shop to have minAvailable\n  \"50%\"\nbut it had\n  \"1\"");
    }

    @Test
    void aNullMinAvailableMatchesOnlyAnUnsetOne() {
        var unset = new PodDisruptionBudgetBuilder(Fixtures.pdb())
                .editSpec().withMinAvailable(null).withMaxUnavailable(new IntOrString(1)).endSpec().build();

        new PodDisruptionBudgetAssert(unset).hasMinAvailable(null);
        assertThatThrownBy(() -> shop().hasMinAvailable(null))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting PodDisruptionBudget/shop to have minAvailable\n  null\nbut it had\n  \"1\"");
    }

    @Test
    void checksMaxUnavailableAsAPercentage() {
        var pdb = new PodDisruptionBudgetBuilder(Fixtures.pdb())
                .editSpec().withMinAvailable(null).withMaxUnavailable(new IntOrString("25%")).endSpec().build();

        new PodDisruptionBudgetAssert(pdb).hasMaxUnavailable("25%");
    }

    @Test
    void anUnsetMaxUnavailableFails() {
        assertThatThrownBy(() -> shop().hasMaxUnavailable("1"))
                .hasMessage("\nExpecting PodDisruptionBudget/shop to have maxUnavailable\n  \"1\"\nbut it set no maxUnavailable");
    }

    /** policy/v1 accepts a string only as a percentage, so a count written as the string "1" is refused. */
    @Test
    void aCountWrittenAsAStringFails() {
        var pdb = new PodDisruptionBudgetBuilder(Fixtures.pdb())
                .editSpec().withMinAvailable(new IntOrString("1")).endSpec().build();

        assertThatThrownBy(() -> new PodDisruptionBudgetAssert(pdb).hasMinAvailable("1"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting PodDisruptionBudget/shop to have minAvailable\n  \"1\"\nbut it had the"
                        + " string \"1\", which the API server refuses; a count is an integer");
        new PodDisruptionBudgetAssert(new PodDisruptionBudgetBuilder(Fixtures.pdb())
                .editSpec().withMinAvailable(new IntOrString(1)).endSpec().build()).hasMinAvailable("1");
    }
}
