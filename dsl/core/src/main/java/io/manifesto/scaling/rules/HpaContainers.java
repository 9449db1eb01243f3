package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.Resource;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceName;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.scaling.rules.HpaMetricSource.Kind;
import io.manifesto.scaling.rules.HpaMetricSource.TargetType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The containers an HPA measures: every container of the target's pods, raw sidecars included, or the one a
 * ContainerResource metric names. They exist, request what a utilisation is measured against, and can reach it.
 */
public final class HpaContainers {

    /** The CPU utilisation Kubernetes scales on when an HPA has no metrics. */
    static final int DEFAULT_CPU_UTILIZATION = 80;

    /** A container resource metric on a container the target does not have. */
    public static final RuleInfo UNKNOWN_CONTAINER = RuleInfo.error("hpa.unknown-container",
            "a ContainerResource metric names a container of the target's pods",
            "the HPA finds no such container in the pods' metrics, so the metric never has a value");
    /**
     * A utilisation metric on a resource that some container of the target does not request. A container that sets
     * a limit but no request counts as requesting it: Kubernetes then defaults the request to the limit.
     */
    public static final RuleInfo MISSING_REQUEST = RuleInfo.error("hpa.missing-request",
            "every container an HPA measures by utilisation requests that resource",
            "utilisation is use over request: with a container that requests none the HPA cannot compute it and"
                    + " never scales, though Kubernetes accepts the HPA");
    /**
     * A utilisation target the pods can never reach: when every measured container has a limit, use stops at the
     * limits, so the utilisation is at most sum(limits) / sum(requests) × 100%.
     */
    public static final RuleInfo UTILIZATION_UNREACHABLE = RuleInfo.error("hpa.utilization-unreachable",
            "a utilisation target is at most what the limits let the pods reach",
            "use stops at the limits, so the utilisation never exceeds sum(limits) / sum(requests) × 100%, and a"
                    + " higher target never scales up");

    static final List<RuleInfo> RULES = List.of(UNKNOWN_CONTAINER, MISSING_REQUEST, UTILIZATION_UNREACHABLE);

    private HpaContainers() {
    }

    static void check(Resource workload, PodTemplate pods, boolean defaultMetric, List<HpaMetricSource> metrics,
                      Findings.On scope) {
        List<Container> containers = ContainerAmounts.containers(pods.spec());
        boolean dsl = workload.origin().isDsl() && !workload.origin().customized();
        if (defaultMetric) {
            for (Container container : containers) {
                if (ContainerAmounts.request(container, ResourceName.CPU).isEmpty()) {
                    String where = "container " + ContainerAmounts.name(container) + " of " + workload;
                    scope.report(MISSING_REQUEST, "spec.metrics", null, "without metrics Kubernetes scales on CPU"
                                    + " utilisation " + DEFAULT_CPU_UTILIZATION + "%, measured against the CPU request,"
                                    + " and " + where + " requests no CPU: the HPA would never scale",
                            Fix.of(addRequest(dsl, ResourceName.CPU, where) + ", or give the HPA a metric"));
                }
            }
        }
        for (HpaMetricSource metric : metrics) {
            MetricTarget target = metric.target();
            Optional<ResourceName> resource = ContainerAmounts.resource(metric.resource());
            // the DSL renders a metric without container only for a null it reports as input.null
            if (target == null || resource.isEmpty() || metric.container() == null && scope.dslTerms()
                    && metric.kind() == Kind.CONTAINER_RESOURCE) {
                continue;
            }
            boolean utilization = TargetType.of(target.getType()) == TargetType.UTILIZATION;
            Findings.On at = scope.field(metric.path());
            if (metric.kind() == Kind.CONTAINER_RESOURCE) {
                Optional<Container> container = containers.stream()
                        .filter(c -> ContainerAmounts.name(c).equals(metric.container())).findFirst();
                if (container.isEmpty()) {
                    at.report(UNKNOWN_CONTAINER, "container", metric.container(), workload
                                    + " has no container of this name; it has "
                                    + containers.stream().map(ContainerAmounts::name).toList(),
                            Fix.of("name one of its containers (init containers are not measured)"));
                } else if (utilization) {
                    checkRequest(workload, dsl, container.get(), resource.get(), target, at);
                    checkReachable("container " + metric.container() + " of " + workload, List.of(container.get()),
                            resource.get(), target, at);
                }
            } else if (metric.kind() == Kind.RESOURCE && utilization) {
                containers.forEach(c -> checkRequest(workload, dsl, c, resource.get(), target, at));
                checkReachable(workload.toString(), containers, resource.get(), target, at);
            }
        }
    }

    private static void checkRequest(Resource workload, boolean dsl, Container container, ResourceName resource,
                                     MetricTarget target, Findings.On scope) {
        if (ContainerAmounts.request(container, resource).isEmpty()) {
            String where = "container " + ContainerAmounts.name(container) + " of " + workload;
            scope.report(MISSING_REQUEST, "target.averageUtilization", target.getAverageUtilization(),
                    "utilisation is measured against the " + resource.display() + " request, and " + where
                            + " requests no " + resource.display()
                            + ": Kubernetes accepts this HPA and it never scales",
                    Fix.of(addRequest(dsl, resource, where) + ", or target an average value instead of a utilisation"));
        }
    }

    /** How to add the request, in the terms of the workload's origin: the DSL call, or the field. */
    private static String addRequest(boolean dsl, ResourceName resource, String where) {
        return dsl ? "add .requests(" + (resource == ResourceName.CPU ? "cpu" : "memory") + "(\"" + resource.example()
                + "\")) to " + where
                : "set resources.requests." + resource.key() + " of " + where + ", e.g. \"" + resource.example() + "\"";
    }

    /**
     * Reports a utilisation {@code target} above what {@code containers} (of {@code owner}) can reach: only when each
     * has a limit for the resource, and every amount is one Kubernetes accepts with no request above its limit (the
     * workload's rules report those).
     */
    private static void checkReachable(String owner, List<Container> containers, ResourceName resource,
                                       MetricTarget target, Findings.On scope) {
        Integer utilization = target.getAverageUtilization();
        List<Quantity> limits = containers.stream().flatMap(c -> ContainerAmounts.limit(c, resource).stream())
                .toList();
        List<Quantity> requests = containers.stream().flatMap(c -> ContainerAmounts.request(c, resource).stream())
                .toList();
        if (utilization == null || containers.isEmpty() || limits.size() < containers.size()
                || Stream.concat(limits.stream(), requests.stream()).anyMatch(q -> !q.isValidFor(resource))
                || containers.stream().anyMatch(c -> ContainerAmounts.request(c, resource).orElseThrow()
                        .compareTo(ContainerAmounts.limit(c, resource).orElseThrow()) > 0)) {
            return;
        }
        BigDecimal requested = sum(requests);
        if (requested.signum() <= 0) {
            return;
        }
        // Compared in BigDecimal: limits far above requests (32Gi over 128 bytes) give a ceiling beyond an int.
        BigDecimal ceiling = sum(limits).multiply(BigDecimal.valueOf(100));
        if (BigDecimal.valueOf(utilization).multiply(requested).compareTo(ceiling) > 0) {
            // Below the target here, so it fits an int.
            int highest = ceiling.divide(requested, 0, RoundingMode.FLOOR).intValueExact();
            boolean one = containers.size() == 1;
            String display = resource.display();
            scope.report(UTILIZATION_UNREACHABLE, "target.averageUtilization", utilization,
                    "the " + display + " limit" + (one ? "" : "s") + " of " + owner + " ("
                            + Quantity.sum(resource, limits) + ") cap" + (one ? "s" : "") + " its " + display
                            + " use at " + highest + "% of its request" + (one ? "" : "s") + " ("
                            + Quantity.sum(resource, requests) + "), so a utilisation of " + utilization
                            + "% is never reached and the HPA never scales up",
                    Fix.of("use a target of at most " + highest + "%" + (highest >= 70 ? ", e.g. 70" : "")
                            + ", or raise the " + display + " limit" + (one ? "" : "s") + " of " + owner));
        }
    }

    private static BigDecimal sum(List<Quantity> quantities) {
        return quantities.stream().map(q -> q.value().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
