package io.manifesto.testing;

import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;
import static io.manifesto.testing.Messages.itHad;
import static io.manifesto.testing.Messages.list;
import static io.manifesto.testing.Messages.quote;
import static io.manifesto.testing.Messages.resource;

import io.fabric8.autoscaling.api.model.v1.ContainerResourcePolicy;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v1.CrossVersionObjectReference;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an autoscaling.k8s.io/v1 {@link VerticalPodAutoscaler}: what it sizes, how it applies its
 * recommendations and which resources it controls.
 */
public class VerticalPodAutoscalerAssert extends AbstractAssert<VerticalPodAutoscalerAssert, VerticalPodAutoscaler> {

    /** Creates assertions on a VerticalPodAutoscaler. */
    public VerticalPodAutoscalerAssert(VerticalPodAutoscaler vpa) {
        super(vpa, VerticalPodAutoscalerAssert.class);
    }

    /** Checks {@code spec.targetRef}: the kind and name of the sized workload. */
    public VerticalPodAutoscalerAssert sizes(String kind, String name) {
        isNotNull();
        CrossVersionObjectReference target = spec().getTargetRef();
        String expected = kind + "/" + name;
        String present = target == null ? null : target.getKind() + "/" + target.getName();
        if (!expected.equals(present)) {
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    resource(actual) + " to size", expected,
                    present == null ? "it set no targetRef" : "it sized\n" + indent(present)));
        }
        return myself;
    }

    /** Checks {@code spec.updatePolicy.updateMode}, e.g. {@code "Initial"}. */
    public VerticalPodAutoscalerAssert hasUpdateMode(String expected) {
        isNotNull();
        String present = spec().getUpdatePolicy() == null ? null : spec().getUpdatePolicy().getUpdateMode();
        if (!Objects.equals(present, expected)) {
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    resource(actual) + " to have updateMode", quote(expected),
                    present == null ? "it set no updateMode" : itHad(quote(present))));
        }
        return myself;
    }

    /**
     * Checks the {@code controlledResources} of the container policy for {@code container} (a name or
     * {@code "*"}), e.g. {@code controls("*", "memory")}.
     */
    public VerticalPodAutoscalerAssert controls(String container, String... resources) {
        isNotNull();
        List<ContainerResourcePolicy> policies = spec().getResourcePolicy() == null ? List.of()
                : list(spec().getResourcePolicy().getContainerPolicies());
        List<String> expected = List.of(resources);
        List<String> present = policies.stream().filter(p -> Objects.equals(p.getContainerName(), container))
                .findFirst().map(p -> list(p.getControlledResources())).orElse(null);
        if (!expected.equals(present)) {
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    resource(actual) + " to control on container " + quote(container), expected.toString(),
                    present == null ? "it had no policy for that container" : itHad(present.toString())));
        }
        return myself;
    }

    private VerticalPodAutoscalerSpec spec() {
        return actual.getSpec() == null ? new VerticalPodAutoscalerSpec() : actual.getSpec();
    }
}
