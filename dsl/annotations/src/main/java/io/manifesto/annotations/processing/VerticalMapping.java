package io.manifesto.annotations.processing;

import io.manifesto.annotations.VerticalAutoscaling;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.UpdateMode;
import io.manifesto.scaling.VerticalPodAutoscaler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static io.manifesto.Manifesto.cpu;
import static io.manifesto.Manifesto.memory;
import static io.manifesto.Manifesto.vpa;

/** {@link VerticalAutoscaling} onto the DSL's {@code vpa(workload)}. */
final class VerticalMapping {

    private static final String KIND = "VerticalPodAutoscaler";

    private VerticalMapping() {
    }

    static void map(AnnotationView view, Draft draft) {
        VerticalPodAutoscaler vpa = vpa(draft.workload());
        if (view.isWritten("updateMode")) {
            vpa = vpa.updateMode(view.constant("updateMode", UpdateMode.class));
        }
        for (AnnotationView policy : view.nestedList("containerPolicies")) {
            vpa = vpa.containerPolicy(policy(policy));
        }
        draft.add(vpa);
        Origins origins = draft.origins();
        origins.add(KIND, "", view, null);
        origins.add(KIND, "spec.updatePolicy", view, "updateMode");
        origins.add(KIND, "spec.resourcePolicy", view, "containerPolicies");
    }

    private static ContainerPolicy policy(AnnotationView view) {
        String container = view.string("containerName");
        ContainerPolicy policy = ContainerPolicy.ALL_CONTAINERS.equals(container)
                ? ContainerPolicy.forAllContainers() : ContainerPolicy.forContainer(container);
        List<ResourceAmount> min = amounts(view, "minCpu", "minMemory");
        if (!min.isEmpty()) {
            policy = policy.minAllowed(min.toArray(ResourceAmount[]::new));
        }
        List<ResourceAmount> max = amounts(view, "maxCpu", "maxMemory");
        if (!max.isEmpty()) {
            policy = policy.maxAllowed(max.toArray(ResourceAmount[]::new));
        }
        if (view.isWritten("controlledValues")) {
            policy = policy.controlledValues(view.constant("controlledValues", ContainerPolicy.ControlledValues.class));
        }
        return policy;
    }

    private static List<ResourceAmount> amounts(AnnotationView view, String cpuAttribute, String memoryAttribute) {
        List<ResourceAmount> amounts = new ArrayList<>();
        add(amounts, view, cpuAttribute, q -> cpu(q));
        add(amounts, view, memoryAttribute, q -> memory(q));
        return amounts;
    }

    private static void add(List<ResourceAmount> amounts, AnnotationView view, String attribute,
                            Function<String, ResourceAmount> amount) {
        if (!view.string(attribute).isEmpty()) {
            amounts.add(amount.apply(view.string(attribute)));
        }
    }
}
