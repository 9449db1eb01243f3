package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceName;
import io.manifesto.resources.Resources;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A container's requests and limits: quantities Kubernetes parses, whole bytes, and no request above its limit. */
public final class ResourceRules implements RuleSet {

    /** A quantity Kubernetes does not parse. */
    public static final RuleInfo QUANTITY_FORMAT = RuleInfo.error(Resources.QUANTITY_FORMAT_RULE,
            "a quantity is a number with an optional suffix (n, u, m, k, M, G, T, P, E, Ki...Ei, e<n>)",
            "the API server rejects any other text, e.g. 1g or 128MiB");
    /** Memory or ephemeral storage that is not a whole number of bytes. */
    public static final RuleInfo FRACTIONAL_BYTES = RuleInfo.error(Resources.FRACTIONAL_BYTES_RULE,
            "memory and ephemeral storage are whole numbers of bytes",
            "m means thousandths, so 512m of memory is 0.512 bytes: the API server calls it invalid and rounds it,"
                    + " and the VPA webhook rejects it");
    /** CPU with a binary suffix. */
    public static final RuleInfo CPU_BINARY_SUFFIX = RuleInfo.warning(Resources.CPU_BINARY_SUFFIX_RULE,
            "CPU is written in cores or millicores, not with a binary suffix",
            "128Mi of CPU is about 134 million cores, which no node has: the pod stays Pending");
    /** A request above its limit. */
    public static final RuleInfo REQUEST_ABOVE_LIMIT = RuleInfo.error(Resources.REQUEST_ABOVE_LIMIT_RULE,
            "no request is above its limit",
            "the API server rejects a pod whose request of a resource is above its limit");

    @Override
    public List<RuleInfo> rules() {
        return List.of(QUANTITY_FORMAT, FRACTIONAL_BYTES, CPU_BINARY_SUFFIX, REQUEST_ABOVE_LIMIT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodContainers.forEach(set, findings, visit -> {
            ResourceRequirements resources = visit.container().getResources();
            if (resources != null) {
                check(visit.scope().field("resources"), resources);
            }
        });
    }

    private static void check(Findings.On scope, ResourceRequirements resources) {
        Map<String, Quantity> requests = quantities(resources.getRequests());
        Map<String, Quantity> limits = quantities(resources.getLimits());
        requests.forEach((key, quantity) -> checkQuantity(scope, "requests." + key, key, quantity));
        limits.forEach((key, quantity) -> checkQuantity(scope, "limits." + key, key, quantity));
        requests.forEach((key, request) -> {
            Quantity limit = limits.get(key);
            Optional<ResourceName> name = known(key);
            boolean valid = limit != null && name.map(n -> request.isValidFor(n) && limit.isValidFor(n))
                    .orElse(request.isValid() && limit.isValid());
            if (valid && request.compareTo(limit) > 0) {
                scope.report(REQUEST_ABOVE_LIMIT, "requests." + key, request,
                        "the " + name.map(ResourceName::display).orElse(key) + " request is above the limit \""
                                + limit + "\"",
                        Fix.of("lower the request to at most " + limit + ", or raise the limit"));
            }
        });
    }

    private static void checkQuantity(Findings.On scope, String field, String key, Quantity quantity) {
        Optional<ResourceName> name = known(key);
        if (name.isPresent()) {
            quantity.check(scope, field, name.get());
        } else {
            quantity.check(scope, field, "1");
        }
    }

    /**
     * The quantities in the order the DSL writes them: cpu, memory, ephemeral-storage, then any other resource
     * (extended resources such as {@code nvidia.com/gpu}) by name.
     */
    private static Map<String, Quantity> quantities(Map<String, io.fabric8.kubernetes.api.model.Quantity> map) {
        Map<String, Quantity> ordered = new LinkedHashMap<>();
        if (map == null) {
            return ordered;
        }
        for (ResourceName name : ResourceName.values()) {
            if (map.containsKey(name.key())) {
                ordered.put(name.key(), Quantities.text(map.get(name.key())));
            }
        }
        map.keySet().stream().filter(key -> known(key).isEmpty()).sorted()
                .forEach(key -> ordered.put(key, Quantities.text(map.get(key))));
        return ordered;
    }

    private static Optional<ResourceName> known(String key) {
        return Arrays.stream(ResourceName.values()).filter(name -> name.key().equals(key)).findFirst();
    }
}
