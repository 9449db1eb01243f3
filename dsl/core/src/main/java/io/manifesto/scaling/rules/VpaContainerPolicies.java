package io.manifesto.scaling.rules;

import io.fabric8.autoscaling.api.model.v1.ContainerResourcePolicy;
import io.fabric8.autoscaling.api.model.v1.PodResourcePolicy;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceName;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A VPA's {@code spec.resourcePolicy.containerPolicies}: one per container, on the resources the VPA manages, with
 * bounds the admission webhook accepts.
 */
public final class VpaContainerPolicies {

    /** Two policies for the same container. */
    public static final RuleInfo DUPLICATE_POLICY = RuleInfo.error("vpa.duplicate-policy",
            "one container policy per container", "the VPA applies one of two policies for a container and ignores"
                    + " the other, so half of what is written has no effect");
    /** A container policy of mode Off with controlledValues RequestsAndLimits. */
    public static final RuleInfo CONTROLLED_VALUES_OFF = RuleInfo.error("vpa.controlled-values-off",
            "a container policy of mode Off leaves controlledValues out or sets RequestsOnly",
            "the VPA admission webhook rejects controlledValues RequestsAndLimits on a policy of mode Off");
    /** A resource the VPA does not manage. */
    public static final RuleInfo RESOURCE = RuleInfo.error("vpa.resource",
            "a container policy names only cpu and memory", "the VPA manages only cpu and memory");
    /** A CPU bound finer than whole millicores. */
    public static final RuleInfo BOUND_RESOLUTION = RuleInfo.error("vpa.bound-resolution",
            "a CPU minAllowed or maxAllowed is whole millicores",
            "the VPA admission webhook accepts CPU bounds in whole millicores only");
    /** A minAllowed above the maxAllowed of the same resource. */
    public static final RuleInfo MIN_ABOVE_MAX = RuleInfo.error("vpa.min-above-max",
            "a container policy's minAllowed is at most its maxAllowed",
            "the VPA admission webhook rejects a minAllowed above the maxAllowed of the same resource");

    static final List<RuleInfo> RULES = List.of(DUPLICATE_POLICY, CONTROLLED_VALUES_OFF, RESOURCE, BOUND_RESOLUTION,
            MIN_ABOVE_MAX);

    private VpaContainerPolicies() {
    }

    static void check(PodResourcePolicy resourcePolicy, Findings.On scope) {
        List<ContainerResourcePolicy> policies = policies(resourcePolicy);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < policies.size(); i++) {
            ContainerResourcePolicy policy = policies.get(i);
            if (policy == null) {
                continue;
            }
            Findings.On at = scope.field("spec.resourcePolicy.containerPolicies[" + i + "]");
            if (!seen.add(policy.getContainerName())) {
                at.report(DUPLICATE_POLICY, "containerName", policy.getContainerName(),
                        "another policy of this VPA is for the same container",
                        Fix.of("merge the two policies into one"));
            }
            check(policy, at);
        }
    }

    /** The container policies of {@code resourcePolicy}, none when it is {@code null}. */
    static List<ContainerResourcePolicy> policies(PodResourcePolicy resourcePolicy) {
        return resourcePolicy == null || resourcePolicy.getContainerPolicies() == null ? List.of()
                : resourcePolicy.getContainerPolicies();
    }

    private static void check(ContainerResourcePolicy policy, Findings.On scope) {
        if ("Off".equals(policy.getMode()) && "RequestsAndLimits".equals(policy.getControlledValues())) {
            scope.report(CONTROLLED_VALUES_OFF, "controlledValues", policy.getControlledValues(),
                    "the VPA leaves a container of mode Off alone, and its admission webhook rejects"
                            + " controlledValues RequestsAndLimits on such a policy",
                    Fix.of("remove .controlledValues(...) from this policy, or use a mode other than Off",
                            "remove controlledValues from this policy, or use a mode other than Off"));
        }
        if (policy.getControlledResources() != null) {
            policy.getControlledResources().forEach(key -> checkManaged(key, scope, "controlledResources"));
        }
        Map<String, Quantity> min = bounds(policy.getMinAllowed());
        Map<String, Quantity> max = bounds(policy.getMaxAllowed());
        min.forEach((key, quantity) -> checkBound(key, quantity, scope, "minAllowed"));
        max.forEach((key, quantity) -> checkBound(key, quantity, scope, "maxAllowed"));
        min.forEach((key, low) -> {
            Quantity high = max.get(key);
            if (high != null && low.isValid() && high.isValid() && low.compareTo(high) > 0) {
                scope.report(MIN_ABOVE_MAX, "minAllowed." + key, low,
                        "the " + ContainerAmounts.resource(key).map(ResourceName::display).orElse(key)
                                + " minAllowed is above the maxAllowed \"" + high + "\"",
                        Fix.of("lower minAllowed to at most " + high + ", or raise maxAllowed to at least " + low));
            }
        });
    }

    /** Memory in whole bytes is the quantity's own rule; CPU in whole millicores is the VPA webhook's. */
    private static void checkBound(String key, Quantity quantity, Findings.On scope, String field) {
        checkManaged(key, scope, field);
        Optional<ResourceName> resource = ContainerAmounts.resource(key);
        if (resource.isEmpty()) {
            quantity.check(scope, field + "." + key, "1");
            return;
        }
        quantity.check(scope, field + "." + key, resource.get());
        if (resource.get() == ResourceName.CPU && quantity.isValid() && !quantity.isWhole(ResourceName.CPU)) {
            long millicores = quantity.roundedUp(ResourceName.CPU).orElseThrow().movePointRight(3).longValueExact();
            scope.report(BOUND_RESOLUTION, field + "." + key, quantity,
                    "the VPA admission webhook accepts CPU in whole millicores only",
                    Fix.of("round it to \"" + Quantity.millis(millicores) + "\""));
        }
    }

    private static void checkManaged(String key, Findings.On scope, String field) {
        if (!"cpu".equals(key) && !"memory".equals(key)) {
            scope.report(RESOURCE, field, key, "the VPA manages only cpu and memory",
                    Fix.of("remove " + key + " from " + field));
        }
    }

    /** The bounds in the order the DSL writes them: cpu, memory, ephemeral-storage, then any other by name. */
    private static Map<String, Quantity> bounds(Map<String, io.fabric8.kubernetes.api.model.Quantity> map) {
        Map<String, Quantity> ordered = new java.util.LinkedHashMap<>();
        if (map == null) {
            return ordered;
        }
        List<String> keys = new ArrayList<>(Arrays.stream(ResourceName.values()).map(ResourceName::key)
                .filter(map::containsKey).toList());
        map.keySet().stream().filter(key -> ContainerAmounts.resource(key).isEmpty()).sorted().forEach(keys::add);
        keys.forEach(key -> ordered.put(key, Quantity.fromObject(map.get(key))));
        return ordered;
    }
}
