package io.manifesto.testing;

import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.intOrString;
import static io.manifesto.testing.Messages.itHad;
import static io.manifesto.testing.Messages.quote;
import static io.manifesto.testing.Messages.resource;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a policy/v1 {@link PodDisruptionBudget}. Values are written as in the manifest: a
 * count ({@code "1"}), which only an integer matches, or a percentage ({@code "50%"}).
 */
public class PodDisruptionBudgetAssert extends AbstractAssert<PodDisruptionBudgetAssert, PodDisruptionBudget> {

    /** Creates assertions on a PodDisruptionBudget. */
    public PodDisruptionBudgetAssert(PodDisruptionBudget pdb) {
        super(pdb, PodDisruptionBudgetAssert.class);
    }

    /**
     * Checks {@code spec.minAvailable}, e.g. {@code "1"} (the integer 1; the string {@code "1"}, which the API server
     * refuses, fails) or {@code "50%"}.
     */
    public PodDisruptionBudgetAssert hasMinAvailable(String expected) {
        isNotNull();
        return has("minAvailable", spec().getMinAvailable(), expected);
    }

    /** Checks {@code spec.maxUnavailable}, e.g. {@code "1"} (an integer, as for minAvailable) or {@code "25%"}. */
    public PodDisruptionBudgetAssert hasMaxUnavailable(String expected) {
        isNotNull();
        return has("maxUnavailable", spec().getMaxUnavailable(), expected);
    }

    private PodDisruptionBudgetAssert has(String field, IntOrString value, String expected) {
        String present = intOrString(value);
        if (!Objects.equals(present, expected)) {
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    resource(actual) + " to have " + field, quote(expected),
                    present == null ? "it set no " + field : itHad(quote(present))));
        }
        // policy/v1 accepts a string only as a percentage: "1" looks like the count 1 but is refused
        if (expected != null && !expected.endsWith("%") && value.getIntVal() == null) {
            throw failureWithActualExpected(quote(present), expected, "%s", expecting(
                    resource(actual) + " to have " + field, quote(expected),
                    "it had the string " + quote(present) + ", which the API server refuses; a count is an integer"));
        }
        return myself;
    }

    private PodDisruptionBudgetSpec spec() {
        return actual.getSpec() == null ? new PodDisruptionBudgetSpec() : actual.getSpec();
    }
}
