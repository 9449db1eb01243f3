package io.manifesto.resources;

import io.manifesto.validate.Problems;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A container's {@code resources}: what it requests (what the scheduler reserves, what HPA utilisation is measured
 * against) and what it is limited to.
 *
 * @param requests {@code resources.requests}
 * @param limits   {@code resources.limits}
 */
public record Resources(Map<ResourceName, Quantity> requests, Map<ResourceName, Quantity> limits) {

    /** Rule id: a quantity Kubernetes does not parse. */
    public static final String QUANTITY_FORMAT_RULE = "quantity.format";
    /**
     * Rule id: memory or ephemeral storage that is not a whole number of bytes, e.g. {@code memory("512m")}, which is
     * 0.512 bytes ({@code m} means thousandths): the API server warns "fractional byte value ... is invalid", the
     * VPA admission webhook rejects it, and what the container gets is rounded up to a whole byte.
     */
    public static final String FRACTIONAL_BYTES_RULE = "quantity.fractional-bytes";
    /**
     * Rule id (warning): CPU with a binary suffix, e.g. {@code cpu("128Mi")}, about 134 million cores that no node
     * has, so the pod stays Pending: almost surely a memory value typed as CPU.
     */
    public static final String CPU_BINARY_SUFFIX_RULE = "quantity.cpu-binary-suffix";
    /** Rule id: a request above its limit. */
    public static final String REQUEST_ABOVE_LIMIT_RULE = "resources.request-above-limit";

    /** No requests, no limits. */
    public static final Resources NONE = new Resources(Map.of(), Map.of());

    public Resources {
        requests = freeze(requests);
        limits = freeze(limits);
    }

    /** These resources with {@code amounts} added to (or replacing) the requests. */
    public Resources withRequests(ResourceAmount... amounts) {
        return new Resources(put(requests, amounts), limits);
    }

    /** These resources with {@code amounts} added to (or replacing) the limits. */
    public Resources withLimits(ResourceAmount... amounts) {
        return new Resources(requests, put(limits, amounts));
    }

    /** The request of {@code resource}, if any. */
    public Optional<Quantity> request(ResourceName resource) {
        return Optional.ofNullable(requests.get(resource));
    }

    /** The limit of {@code resource}, if any. */
    public Optional<Quantity> limit(ResourceName resource) {
        return Optional.ofNullable(limits.get(resource));
    }

    /**
     * Checks each quantity as an amount of its resource ({@link Quantity#check(io.manifesto.validate.FieldReporter, String, ResourceName)})
     * and that no request is above its limit.
     */
    public void validate(io.manifesto.validate.FieldReporter scope) {
        requests.forEach((name, q) -> q.check(scope, "requests." + name.key(), name));
        limits.forEach((name, q) -> q.check(scope, "limits." + name.key(), name));
        requests.forEach((name, request) -> {
            Quantity limit = limits.get(name);
            if (limit != null && request.isValidFor(name) && limit.isValidFor(name) && request.compareTo(limit) > 0) {
                scope.error(REQUEST_ABOVE_LIMIT_RULE, "requests." + name.key(), request,
                        "the " + name.display() + " request is above the limit \"" + limit + "\"",
                        "lower the request to at most " + limit + ", or raise the limit");
            }
        });
    }

    private static Map<ResourceName, Quantity> put(Map<ResourceName, Quantity> base, ResourceAmount[] amounts) {
        Map<ResourceName, Quantity> copy = new EnumMap<>(ResourceName.class);
        copy.putAll(base);
        for (ResourceAmount amount : amounts) {
            copy.put(amount.resource(), amount.quantity());
        }
        return copy;
    }

    private static Map<ResourceName, Quantity> freeze(Map<ResourceName, Quantity> map) {
        Map<ResourceName, Quantity> copy = new EnumMap<>(ResourceName.class);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}
