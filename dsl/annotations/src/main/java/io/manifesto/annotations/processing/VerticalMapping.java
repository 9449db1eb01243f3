package io.manifesto.annotations.processing;

import io.manifesto.annotations.VerticalAutoscaling;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.resources.ResourceName;
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
        List<AnnotationView> policies = view.nestedList("containerPolicies");
        for (int i = 0; i < policies.size(); i++) {
            String field = "spec.resourcePolicy.containerPolicies[" + i + "]";
            AnnotationView policy = policies.get(i);
            origins.add(KIND, field, policy, null);
            origins.add(KIND, field + ".containerName", policy, "containerName");
            origins.add(KIND, field + ".minAllowed.cpu", policy, "minCpu");
            origins.add(KIND, field + ".minAllowed.memory", policy, "minMemory");
            origins.add(KIND, field + ".maxAllowed.cpu", policy, "maxCpu");
            origins.add(KIND, field + ".maxAllowed.memory", policy, "maxMemory");
            origins.add(KIND, field + ".controlledValues", policy, "controlledValues");
            origins.add(KIND, field + ".controlledResources", policy, "controlledResources");
        }
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
        List<ResourceName> controlled = view.constants("controlledResources", ResourceName.class);
        if (!controlled.isEmpty()) {
            policy = policy.controlledResources(controlled.toArray(ResourceName[]::new));
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
