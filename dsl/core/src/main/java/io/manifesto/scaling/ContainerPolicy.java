package io.manifesto.scaling;

import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.resources.ResourceName;
import io.manifesto.resources.Resources;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a VerticalPodAutoscaler's {@code spec.resourcePolicy.containerPolicies}: how the VPA treats one
 * container ({@code containerName}) or every container without a policy of its own ({@code "*"}). What is not
 * set is not rendered: the VPA then controls CPU and memory, requests and limits, without bounds. Immutable.
 */
public final class ContainerPolicy {

    /** The container name that stands for every container without a policy of its own. */
    public static final String ALL_CONTAINERS = "*";

    /** {@code containerPolicies[].mode}. */
    public enum Mode {
        /** {@code Auto}: the VPA controls this container (the default). */
        AUTO("Auto"),
        /** {@code Off}: the VPA leaves this container alone. */
        OFF("Off");

        private final String value;

        Mode(String value) {
            this.value = value;
        }

        /** The string the VPA uses. */
        public String value() {
            return value;
        }
    }

    /**
     * {@code containerPolicies[].controlledValues}. With {@code RequestsAndLimits} (the default) the VPA keeps each
     * container's limit:request ratio, and {@code minAllowed}/{@code maxAllowed} bound the request only: the limit
     * follows at the same ratio, beyond {@code maxAllowed}. A container that requests 250m CPU with a 1 CPU limit
     * (4:1) under a {@code maxAllowed} of 2 CPUs may get a limit of 8 CPUs, more than a node may have.
     */
    public enum ControlledValues {
        /** {@code RequestsOnly}: only requests change; limits stay as written. */
        REQUESTS_ONLY("RequestsOnly"),
        /**
         * {@code RequestsAndLimits}: limits change in proportion to requests (the default), so
         * {@code maxAllowed} does not bound them: a limit grows to {@code maxAllowed} × its limit:request ratio.
         */
        REQUESTS_AND_LIMITS("RequestsAndLimits");

        private final String value;

        ControlledValues(String value) {
            this.value = value;
        }

        /** The string the VPA uses. */
        public String value() {
            return value;
        }
    }

    private final String container;
    private final Mode mode;
    // Kept as requests-only Resources: the same typed, copy-on-write map of amounts.
    private final Resources minAllowed;
    private final Resources maxAllowed;
    private final List<ResourceName> controlledResources;
    private final ControlledValues controlledValues;
    private final Nulls missing;

    private ContainerPolicy(String container, Mode mode, Resources minAllowed, Resources maxAllowed,
                            List<ResourceName> controlledResources, ControlledValues controlledValues, Nulls missing) {
        this.container = container == null ? "" : container;
        this.mode = mode;
        this.minAllowed = minAllowed;
        this.maxAllowed = maxAllowed;
        this.controlledResources = List.copyOf(controlledResources);
        this.controlledValues = controlledValues;
        this.missing = missing;
    }

    /** A policy for the container named {@code name}: {@code containerName: name}. */
    public static ContainerPolicy forContainer(String name) {
        return new ContainerPolicy(name, null, Resources.NONE, Resources.NONE, List.of(), null, Nulls.NONE);
    }

    /** A policy for every container without a policy of its own: {@code containerName: "*"}. */
    public static ContainerPolicy forAllContainers() {
        return forContainer(ALL_CONTAINERS);
    }

    /** {@code mode}: {@code Auto} or {@code Off}. */
    public ContainerPolicy mode(Mode mode) {
        return new ContainerPolicy(container, mode, minAllowed, maxAllowed, controlledResources, controlledValues,
                missing.remember(mode, "mode", "mode(...)"));
    }

    /** {@code minAllowed}: the VPA never recommends less, e.g. {@code minAllowed(cpu("100m"), memory("128Mi"))}. */
    public ContainerPolicy minAllowed(ResourceAmount... amounts) {
        return new ContainerPolicy(container, mode, minAllowed.withRequests(present(amounts)), maxAllowed,
                controlledResources, controlledValues, missing.rememberAny(amounts, "minAllowed", "minAllowed(...)"));
    }

    /** {@code maxAllowed}: the VPA never recommends more, e.g. {@code maxAllowed(cpu("2"), memory("4Gi"))}. */
    public ContainerPolicy maxAllowed(ResourceAmount... amounts) {
        return new ContainerPolicy(container, mode, minAllowed, maxAllowed.withRequests(present(amounts)),
                controlledResources, controlledValues, missing.rememberAny(amounts, "maxAllowed", "maxAllowed(...)"));
    }

    /** {@code controlledResources}: which resources the VPA changes, e.g. only {@code MEMORY}. */
    public ContainerPolicy controlledResources(ResourceName... resources) {
        List<ResourceName> list = resources == null ? controlledResources
                : Nulls.present(resources).stream().distinct().toList();
        return new ContainerPolicy(container, mode, minAllowed, maxAllowed, list, controlledValues,
                missing.rememberAny(resources, "controlledResources", "controlledResources(...)"));
    }

    /** {@code controlledValues}: requests only, or requests and limits. */
    public ContainerPolicy controlledValues(ControlledValues values) {
        return new ContainerPolicy(container, mode, minAllowed, maxAllowed, controlledResources, values,
                missing.remember(values, "controlledValues", "controlledValues(...)"));
    }

    /** {@code containerName}: a container's name or {@code "*"}. */
    public String container() {
        return container;
    }

    /** {@code true} for the {@code "*"} policy. */
    public boolean isForAllContainers() {
        return ALL_CONTAINERS.equals(container);
    }

    /** The mode, when set. */
    public Optional<Mode> mode() {
        return Optional.ofNullable(mode);
    }

    /** {@code minAllowed}. */
    public Map<ResourceName, Quantity> minAllowed() {
        return minAllowed.requests();
    }

    /** {@code maxAllowed}. */
    public Map<ResourceName, Quantity> maxAllowed() {
        return maxAllowed.requests();
    }

    /** {@code controlledResources} as set; empty means the VPA's default, CPU and memory. */
    public List<ResourceName> controlledResources() {
        return controlledResources;
    }

    /** The controlled values, when set. */
    public Optional<ControlledValues> controlledValues() {
        return Optional.ofNullable(controlledValues);
    }

    /** The {@code null}s passed to this policy's methods (fields relative to the policy), reported by the VPA. */
    public List<MissingValue> missingValues() {
        return missing.values();
    }

    private static ResourceAmount[] present(ResourceAmount[] amounts) {
        return Nulls.present(amounts).toArray(ResourceAmount[]::new);
    }
}
