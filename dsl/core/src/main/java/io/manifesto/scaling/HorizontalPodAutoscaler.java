package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricIdentifier;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.manifesto.core.Model;
import io.manifesto.core.ReplicaOwner;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.resources.Quantity;
import io.manifesto.resources.ResourceName;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Container;
import io.manifesto.workload.Workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A HorizontalPodAutoscaler (autoscaling/v2): scales a Deployment or StatefulSet of the application between
 * {@code spec.minReplicas} and {@code spec.maxReplicas} on {@code spec.metrics}, as {@code spec.behavior} allows.
 * It owns the replica count of its target, which then renders without {@code spec.replicas}. What is not set is
 * not rendered: no metrics means Kubernetes' default (CPU utilisation 80%), no behaviour means its default
 * behaviour. Immutable: every method returns a new autoscaler.
 */
public final class HorizontalPodAutoscaler implements SingleObjectComponent, ReplicaOwner {

    /** Rule id: the target workload is not in the application. */
    public static final String TARGET_MISSING = "hpa.target-missing";
    /** Rule id: a target that has no scale subresource (a DaemonSet), so the HPA can never scale it. */
    public static final String TARGET_KIND = "hpa.target-kind";
    /** Rule id: minReplicas below 1. */
    public static final String MIN_REPLICAS = "hpa.min-replicas";
    /** Rule id: maxReplicas missing or below 1. */
    public static final String MAX_REPLICAS = "hpa.max-replicas";
    /** Rule id: minReplicas above maxReplicas. */
    public static final String MIN_ABOVE_MAX = "hpa.min-above-max";
    /**
     * Rule id: a target type the metric's source does not accept, or a target that sets a field its type does not
     * read (only possible through {@code new MetricTarget(...)}).
     */
    public static final String METRIC_TARGET = "hpa.metric-target";
    /** Rule id: a target value of zero or less. */
    public static final String METRIC_VALUE = "hpa.metric-value";
    /**
     * Rule id: a custom, object or external metric without a name, or an object metric without its object's kind or
     * name; or one of those that is not a URL path segment ({@code .}, {@code ..}, or containing {@code /} or
     * {@code %}), which the API server rejects.
     */
    public static final String METRIC_NAME = "hpa.metric-name";
    /** Rule id: a resource metric on a resource the resource metrics API does not report. */
    public static final String METRIC_RESOURCE = "hpa.metric-resource";
    /** Rule id: a container resource metric on a container the target does not have. */
    public static final String UNKNOWN_CONTAINER = "hpa.unknown-container";
    /**
     * Rule id: a utilisation metric on a resource that some container of the target does not request. A container
     * that sets a limit but no request for the resource counts as requesting it: Kubernetes then defaults the
     * request to the limit, and the utilisation is measured against that.
     */
    public static final String MISSING_REQUEST = "hpa.missing-request";
    /**
     * Rule id: a utilisation target the pods can never reach. When every measured container has a limit for the
     * resource, their use stops at the limits, so the utilisation (use over requests) is at most
     * sum(limits) / sum(requests) × 100%; above that the HPA never scales up.
     */
    public static final String UTILIZATION_UNREACHABLE = "hpa.utilization-unreachable";
    /** Rule id: a stabilisation window outside 0..3600 seconds. */
    public static final String STABILIZATION_WINDOW = "hpa.stabilization-window";
    /**
     * Rule id: a second HPA of the application on the same workload; the HPA controller then reports
     * {@code AmbiguousSelector} and neither scales it. Reported on each HPA after the first.
     */
    public static final String DUPLICATE_TARGET = "hpa.duplicate-target";
    /** Rule id: a scaling policy whose value is not above 0 or whose period is outside 1..1800 seconds. */
    public static final String POLICY = "hpa.policy";

    /** The CPU utilisation Kubernetes scales on when an HPA has no metrics. */
    static final int DEFAULT_CPU_UTILIZATION = 80;

    private static final Targets.Kinds KINDS = new Targets.Kinds(List.of("Deployment", "StatefulSet"), TARGET_KIND,
            "a DaemonSet runs one pod per node and has no scale subresource, so an HPA can never scale it");

    private final String name;
    private final ResourceId target; // Targets.NONE when null was passed to hpa(...), which missing reports
    private final Integer minReplicas;
    private final Integer maxReplicas;
    private final List<Metric> metrics;
    private final ScalingRules scaleUp;
    private final ScalingRules scaleDown;
    private final Nulls missing;

    private HorizontalPodAutoscaler(String name, ResourceId target, Integer minReplicas, Integer maxReplicas,
                                    List<Metric> metrics, ScalingRules scaleUp, ScalingRules scaleDown,
                                    Nulls missing) {
        this.name = name == null ? "" : name;
        this.target = target;
        this.minReplicas = minReplicas;
        this.maxReplicas = maxReplicas;
        this.metrics = List.copyOf(metrics);
        this.scaleUp = scaleUp;
        this.scaleDown = scaleDown;
        this.missing = missing;
    }

    /**
     * An HPA of {@code workload} ({@code spec.scaleTargetRef}), named after it. Only the workload's kind and name
     * are kept: the application must contain it.
     */
    public static HorizontalPodAutoscaler of(Workload<?> workload) {
        ResourceId target = Targets.idOf(workload);
        return new HorizontalPodAutoscaler(target.name(), target, null, null, List.of(), null, null,
                Nulls.NONE.remember(workload, "spec.scaleTargetRef", "hpa(...)"));
    }

    /** This HPA named {@code name} ({@code metadata.name}) instead of its target's name. */
    public HorizontalPodAutoscaler withName(String name) {
        return new HorizontalPodAutoscaler(name, target, minReplicas, maxReplicas, metrics, scaleUp, scaleDown,
                missing);
    }

    /** {@code spec.minReplicas} and {@code spec.maxReplicas}. */
    public HorizontalPodAutoscaler replicas(int min, int max) {
        return new HorizontalPodAutoscaler(name, target, min, max, metrics, scaleUp, scaleDown, missing);
    }

    /** {@code spec.minReplicas}; 1 when unset (the Kubernetes default). */
    public HorizontalPodAutoscaler minReplicas(int min) {
        return new HorizontalPodAutoscaler(name, target, min, maxReplicas, metrics, scaleUp, scaleDown, missing);
    }

    /** {@code spec.maxReplicas}: required. */
    public HorizontalPodAutoscaler maxReplicas(int max) {
        return new HorizontalPodAutoscaler(name, target, minReplicas, max, metrics, scaleUp, scaleDown, missing);
    }

    /** Adds an entry to {@code spec.metrics}; the HPA scales on whichever metric asks for the most replicas. */
    public HorizontalPodAutoscaler metric(Metric metric) {
        return new HorizontalPodAutoscaler(name, target, minReplicas, maxReplicas, Nulls.append(metrics, metric),
                scaleUp, scaleDown, missing.remember(metric, "spec.metrics", "metric(...)"));
    }

    /** A {@code Resource} metric on {@code cpu} with {@code target: {type: Utilization, averageUtilization}}. */
    public HorizontalPodAutoscaler cpuUtilization(int percent) {
        return metric(Metric.cpu(MetricTarget.utilization(percent)));
    }

    /** A {@code Resource} metric on {@code memory} with {@code target: {type: Utilization, averageUtilization}}. */
    public HorizontalPodAutoscaler memoryUtilization(int percent) {
        return metric(Metric.memory(MetricTarget.utilization(percent)));
    }

    /** A {@code Resource} metric on {@code cpu} with {@code target: {type: AverageValue, averageValue}}. */
    public HorizontalPodAutoscaler cpuAverageValue(String quantity) {
        return metric(Metric.cpu(MetricTarget.averageValue(quantity)));
    }

    /** A {@code Resource} metric on {@code memory} with {@code target: {type: AverageValue, averageValue}}. */
    public HorizontalPodAutoscaler memoryAverageValue(String quantity) {
        return metric(Metric.memory(MetricTarget.averageValue(quantity)));
    }

    /** {@code spec.behavior.scaleUp}. */
    public HorizontalPodAutoscaler scaleUp(ScalingRules rules) {
        return new HorizontalPodAutoscaler(name, target, minReplicas, maxReplicas, metrics, rules, scaleDown,
                missing.remember(rules, "spec.behavior.scaleUp", "scaleUp(...)"));
    }

    /** {@code spec.behavior.scaleDown}. */
    public HorizontalPodAutoscaler scaleDown(ScalingRules rules) {
        return new HorizontalPodAutoscaler(name, target, minReplicas, maxReplicas, metrics, scaleUp, rules,
                missing.remember(rules, "spec.behavior.scaleDown", "scaleDown(...)"));
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** This HPA's id, {@code HorizontalPodAutoscaler/<name>}. */
    public ResourceId id() {
        return new ResourceId("HorizontalPodAutoscaler", name);
    }

    /** The scaled workload, {@code Kind/name}; a Deployment without name when none was given. */
    public ResourceId target() {
        return target;
    }

    /** {@code spec.minReplicas}, when set. */
    public Optional<Integer> minReplicas() {
        return Optional.ofNullable(minReplicas);
    }

    /** {@code spec.maxReplicas}, when set. */
    public Optional<Integer> maxReplicas() {
        return Optional.ofNullable(maxReplicas);
    }

    /** The fewest replicas this HPA keeps: {@code minReplicas}, or 1 (the Kubernetes default). */
    public int effectiveMinReplicas() {
        return minReplicas == null ? 1 : minReplicas;
    }

    /** The metrics, in the order added. */
    public List<Metric> metrics() {
        return metrics;
    }

    /**
     * The compute resources this HPA scales {@code container} on: those of its {@code Resource} metrics and of the
     * {@code ContainerResource} metrics naming that container; CPU when it has no metrics (the Kubernetes default).
     */
    public List<ResourceName> resourcesScaledOn(String container) {
        if (metrics.isEmpty()) {
            return List.of(ResourceName.CPU);
        }
        List<ResourceName> resources = new ArrayList<>();
        for (Metric metric : metrics) {
            if (metric instanceof Metric.Resource r && r.resource() != null && !resources.contains(r.resource())) {
                resources.add(r.resource());
            } else if (metric instanceof Metric.ContainerResource c && c.resource() != null
                    && c.container() != null && c.container().equals(container) && !resources.contains(c.resource())) {
                resources.add(c.resource());
            }
        }
        return resources;
    }

    @Override
    public ResourceId ownedWorkload() {
        return target();
    }

    @Override
    public ResourceId owner() {
        return id();
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Targets.checkName(target, name, scope);
        checkReplicas(scope);
        for (int i = 0; i < metrics.size(); i++) {
            checkMetric(metrics.get(i), scope.field("spec.metrics[" + i + "]." + metrics.get(i).field()));
        }
        checkRules(scaleUp, scope.field("spec.behavior.scaleUp"));
        checkRules(scaleDown, scope.field("spec.behavior.scaleDown"));
        if (target == Targets.NONE) {
            return;
        }
        Targets.find(model, target, scope, "spec.scaleTargetRef.name", TARGET_MISSING, KINDS)
                .ifPresent(workload -> checkAgainst(workload, scope));
        List<HorizontalPodAutoscaler> earlier = Targets.earlierOnSameTarget(model, HorizontalPodAutoscaler.class,
                HorizontalPodAutoscaler::target, this);
        if (!earlier.isEmpty()) {
            scope.error(DUPLICATE_TARGET, "spec.scaleTargetRef.name", target,
                    "the application already scales " + target + " with " + Targets.ids(earlier) + ", and with"
                            + " two HPAs on one workload the HPA controller reports AmbiguousSelector and neither"
                            + " scales it",
                    "remove this HPA, or move its metrics into " + Targets.ids(earlier));
        }
    }

    private void checkReplicas(Problems.Scope scope) {
        if (minReplicas != null && minReplicas < 1) {
            scope.error(MIN_REPLICAS, "spec.minReplicas", minReplicas, "'minReplicas' must be at least 1",
                    "use 1 or more: scaling to zero needs the alpha HPAScaleToZero feature gate");
        }
        if (maxReplicas == null || maxReplicas < 1) {
            scope.error(MAX_REPLICAS, "spec.maxReplicas", maxReplicas, "an HPA needs a 'maxReplicas' of at least 1",
                    "set the range with .replicas(min, max), e.g. .replicas(2, 10)");
        } else if (minReplicas != null && minReplicas > maxReplicas) {
            scope.error(MIN_ABOVE_MAX, "spec.minReplicas", minReplicas,
                    "'minReplicas' (" + minReplicas + ") must be less than or equal to 'maxReplicas' ("
                            + maxReplicas + ")",
                    "lower minReplicas to at most " + maxReplicas + ", or raise maxReplicas to at least "
                            + minReplicas);
        }
    }

    private static void checkMetric(Metric metric, Problems.Scope scope) {
        metric.missingValues().forEach(missing -> missing.report(scope));
        checkSource(metric, scope);
        MetricTarget target = metric.target();
        if (target == null) {
            return;
        }
        if (target.type() == null) {
            new MissingValue("target.type", "new MetricTarget(...)").report(scope);
            return;
        }
        if (!metric.allowedTargets().contains(target.type())) {
            scope.error(METRIC_TARGET, "target.type", target.type().value(),
                    "a " + metric.type() + " metric does not accept a " + target.type().value() + " target",
                    "use " + metric.allowedTargets().stream().sorted().map(MetricTarget.Type::usage)
                            .collect(Collectors.joining(" or ")));
        }
        checkPairing(target, scope);
        if (target.type() == MetricTarget.Type.UTILIZATION) {
            if (target.utilization() == null || target.utilization() < 1) {
                scope.error(METRIC_VALUE, "target.averageUtilization", target.utilization(),
                        "a utilisation target must be above 0%", "use a percentage of the request, e.g. 70");
            }
        } else {
            checkQuantity(target, scope);
        }
    }

    /** The resource, or the metric's name, selector and described object. */
    private static void checkSource(Metric metric, Problems.Scope scope) {
        String adapter = "name it as the metrics adapter exposes it";
        if (metric instanceof Metric.Resource r && r.resource() != null) {
            checkResource(r.resource(), scope.field("name"));
        } else if (metric instanceof Metric.ContainerResource c && c.resource() != null) {
            checkResource(c.resource(), scope.field("name"));
        } else if (metric instanceof Metric.Pods p) {
            checkPathSegment(p.name(), scope.field("metric.name"), adapter);
            checkSelector(p.selector(), scope.field("metric.selector.matchLabels"));
        } else if (metric instanceof Metric.External e) {
            checkPathSegment(e.name(), scope.field("metric.name"), adapter);
            checkSelector(e.selector(), scope.field("metric.selector.matchLabels"));
        } else if (metric instanceof Metric.ObjectMetric o) {
            checkPathSegment(o.name(), scope.field("metric.name"), adapter);
            checkSelector(o.selector(), scope.field("metric.selector.matchLabels"));
            checkPathSegment(o.kind(), scope.field("describedObject.kind"),
                    "name the kind of the object the metric describes, e.g. \"Ingress\"");
            checkPathSegment(o.objectName(), scope.field("describedObject.name"),
                    "name the object the metric describes, e.g. the Ingress \"shop\"");
        }
    }

    /**
     * A target sets only the field its type reads. The factories guarantee it; the record's constructor does not,
     * and the API server rejects a resource target with both averageUtilization and averageValue.
     */
    private static void checkPairing(MetricTarget target, Problems.Scope scope) {
        boolean utilization = target.type() == MetricTarget.Type.UTILIZATION;
        String read = target.type().field();
        String extra = utilization && target.quantity() != null ? "a quantity (" + target.quantity() + ")"
                : !utilization && target.utilization() != null ? "averageUtilization (" + target.utilization() + ")"
                : null;
        if (extra != null) {
            scope.error(METRIC_TARGET, "target.type", target.type().value(),
                    "the target type " + target.type().value() + " reads only " + read + ", and this target also"
                            + " sets " + extra,
                    "build it with " + target.type().usage() + ", which sets only " + read);
        }
    }

    private static void checkQuantity(MetricTarget target, Problems.Scope scope) {
        String field = "target." + target.type().field();
        Quantity quantity = target.quantity();
        if (quantity == null) {
            new MissingValue(field, "MetricTarget." + target.type().factory() + "(...)").report(scope);
            return;
        }
        quantity.check(scope, field, "500m");
        if (quantity.isValid() && quantity.value().orElse(BigDecimal.ZERO).signum() <= 0) {
            scope.error(METRIC_VALUE, field, quantity, "a target value must be above 0",
                    "use a positive quantity, e.g. \"500m\"");
        }
    }

    private static void checkResource(ResourceName resource, Problems.Scope scope) {
        if (resource != ResourceName.CPU && resource != ResourceName.MEMORY) {
            scope.error(METRIC_RESOURCE, "", resource.key(),
                    "the resource metrics API reports only cpu and memory, so this metric never has a value",
                    "scale on cpu or memory, or on a Pods or External metric");
        }
    }

    /**
     * A metric's name, and the kind and name of an object metric's object, are segments of the metrics API's URL
     * path: the API server requires them, and rejects {@code .}, {@code ..} and any {@code /} or {@code %}.
     */
    private static void checkPathSegment(String value, Problems.Scope scope, String fix) {
        if (value == null || value.isBlank()) {
            scope.error(METRIC_NAME, "", value, "is required", fix);
            return;
        }
        String wrong = value.equals(".") || value.equals("..") ? "may not be '" + value + "'"
                : value.contains("/") ? "may not contain '/'" : value.contains("%") ? "may not contain '%'" : null;
        if (wrong != null) {
            scope.error(METRIC_NAME, "", value,
                    wrong + ": it is a segment of the metrics API's URL path, and the API server rejects it", fix);
        }
    }

    /** The selector narrows the metric's series by label, so its keys and values are label keys and values. */
    private static void checkSelector(java.util.Map<String, String> selector, Problems.Scope scope) {
        selector.forEach((key, value) -> {
            Names.checkLabelKey(scope, "", key);
            Names.checkLabelValue(scope, key, value);
        });
    }

    private static void checkRules(ScalingRules rules, Problems.Scope scope) {
        if (rules == null) {
            return;
        }
        rules.missingValues().forEach(missing -> missing.report(scope));
        rules.stabilizationWindowSeconds().filter(s -> s < 0 || s > 3600).ifPresent(s -> scope.error(
                STABILIZATION_WINDOW, "stabilizationWindowSeconds", s,
                "the stabilisation window must be between 0 and 3600 seconds",
                "use a window from 0 to 3600, or leave it to the Kubernetes default"));
        for (int i = 0; i < rules.policies().size(); i++) {
            ScalingPolicy policy = rules.policies().get(i);
            if (policy.value() < 1) {
                scope.error(POLICY, "policies[" + i + "].value", policy.value(),
                        "a " + (policy.type() == null ? "" : policy.type().value() + " ")
                                + "policy must allow a change above 0",
                        "use a value of 1 or more; to stop scaling in this direction use SelectPolicy.DISABLED");
            }
            if (policy.periodSeconds() < 1 || policy.periodSeconds() > 1800) {
                scope.error(POLICY, "policies[" + i + "].periodSeconds", policy.periodSeconds(),
                        "a policy period must be between 1 and 1800 seconds", "use a period from 1 to 1800");
            }
        }
    }

    private void checkAgainst(Workload<?> workload, Problems.Scope scope) {
        if (metrics.isEmpty()) {
            for (Container container : workload.containers()) {
                if (!requests(container, ResourceName.CPU)) {
                    scope.error(MISSING_REQUEST, "spec.metrics", null,
                            "without metrics Kubernetes scales on CPU utilisation " + DEFAULT_CPU_UTILIZATION
                                    + "%, measured against the CPU request, and container " + container.name()
                                    + " of " + workload.id() + " requests no CPU: the HPA would never scale",
                            "add .requests(cpu(\"100m\")) to container " + container.name() + " of "
                                    + workload.id() + ", or give the HPA a metric");
                }
            }
        }
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            if (!metric.missingValues().isEmpty()) {
                continue;
            }
            Problems.Scope at = scope.field("spec.metrics[" + i + "]." + metric.field());
            if (metric instanceof Metric.ContainerResource c) {
                Optional<Container> container = workload.containers().stream()
                        .filter(k -> k.name().equals(c.container())).findFirst();
                if (container.isEmpty()) {
                    scope.error(UNKNOWN_CONTAINER, "spec.metrics[" + i + "].containerResource.container",
                            c.container(), workload.id() + " has no container of this name; it has "
                                    + workload.containers().stream().map(Container::name).toList(),
                            "name one of its containers (init containers are not measured)");
                } else if (c.target().type() == MetricTarget.Type.UTILIZATION) {
                    checkRequest(workload, container.get(), c.resource(), c.target(), at);
                    checkReachable("container " + c.container() + " of " + workload.id(), List.of(container.get()),
                            c.resource(), c.target(), at);
                }
            } else if (metric instanceof Metric.Resource r && r.target().type() == MetricTarget.Type.UTILIZATION) {
                workload.containers().forEach(k -> checkRequest(workload, k, r.resource(), r.target(), at));
                checkReachable(workload.id().toString(), workload.containers(), r.resource(), r.target(), at);
            }
        }
    }

    /**
     * {@code true} when {@code container} has a request for {@code resource}: written, or defaulted by Kubernetes to
     * the limit when only a limit is written.
     */
    private static boolean requests(Container container, ResourceName resource) {
        return PodRequests.request(container, resource).isPresent();
    }

    /**
     * Reports a utilisation {@code target} on {@code resource} above what {@code containers} (of {@code owner}) can
     * reach: only when each has a limit for it, and every amount is one Kubernetes accepts with no request above its
     * limit (those are reported on the workload).
     */
    private static void checkReachable(String owner, List<Container> containers, ResourceName resource,
                                       MetricTarget target, Problems.Scope scope) {
        List<Quantity> limits = containers.stream().flatMap(c -> c.resources().limit(resource).stream()).toList();
        List<Quantity> requests = containers.stream().flatMap(c -> PodRequests.request(c, resource).stream())
                .toList();
        if (target.utilization() == null || containers.isEmpty() || limits.size() < containers.size()
                || Stream.concat(limits.stream(), requests.stream()).anyMatch(q -> !q.isValidFor(resource))
                || containers.stream().anyMatch(c -> PodRequests.request(c, resource).orElseThrow()
                        .compareTo(c.resources().limit(resource).orElseThrow()) > 0)) {
            return;
        }
        BigDecimal requested = sum(requests);
        if (requested.signum() <= 0) {
            return;
        }
        // Compared in BigDecimal: limits far above requests (32Gi over 128 bytes) give a ceiling beyond an int.
        BigDecimal ceiling = sum(limits).multiply(BigDecimal.valueOf(100));
        if (BigDecimal.valueOf(target.utilization()).multiply(requested).compareTo(ceiling) > 0) {
            // Below the target here, so it fits an int.
            int highest = ceiling.divide(requested, 0, RoundingMode.FLOOR).intValueExact();
            boolean one = containers.size() == 1;
            String display = resource.display();
            scope.error(UTILIZATION_UNREACHABLE, "target.averageUtilization", target.utilization(),
                    "the " + display + " limit" + (one ? "" : "s") + " of " + owner + " ("
                            + Quantity.sum(resource, limits) + ") cap" + (one ? "s" : "") + " its " + display
                            + " use at " + highest + "% of its request" + (one ? "" : "s") + " ("
                            + Quantity.sum(resource, requests) + "), so a utilisation of " + target.utilization()
                            + "% is never reached and the HPA never scales up",
                    "use a target of at most " + highest + "%" + (highest >= 70 ? ", e.g. 70" : "")
                            + ", or raise the " + display + " limit" + (one ? "" : "s") + " of " + owner);
        }
    }

    private static BigDecimal sum(List<Quantity> quantities) {
        return quantities.stream().map(q -> q.value().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void checkRequest(Workload<?> workload, Container container, ResourceName resource,
                                     MetricTarget target, Problems.Scope scope) {
        if (!requests(container, resource)) {
            scope.error(MISSING_REQUEST, "target.averageUtilization", target.utilization(),
                    "utilisation is measured against the " + resource.display() + " request, and container "
                            + container.name() + " of " + workload.id() + " requests no " + resource.display()
                            + ": Kubernetes accepts this HPA and it never scales",
                    "add .requests(" + (resource == ResourceName.CPU ? "cpu" : "memory") + "(\""
                            + resource.example() + "\")) to container " + container.name() + " of "
                            + workload.id() + ", or target an average value instead of a utilisation");
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        HorizontalPodAutoscalerBuilder builder = new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName(name)
                .withLabels(model.objectLabels(target.name(), Optional.empty()))
                .endMetadata()
                .withNewSpec()
                .withScaleTargetRef(new CrossVersionObjectReference("apps/v1", target.kind(), target.name()))
                .withMinReplicas(minReplicas)
                .withMaxReplicas(maxReplicas)
                .withMetrics(metrics.stream().map(HorizontalPodAutoscaler::render).toList())
                .endSpec();
        if (rules(scaleUp) != null || rules(scaleDown) != null) {
            builder.editSpec().withBehavior(new HorizontalPodAutoscalerBehavior(rules(scaleDown), rules(scaleUp)))
                    .endSpec();
        }
        return List.of(builder.build());
    }

    private static MetricSpec render(Metric metric) {
        io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget target = renderTarget(metric.target());
        MetricSpecBuilder spec = new MetricSpecBuilder().withType(metric.type());
        if (metric instanceof Metric.Resource r) {
            spec.withNewResource().withName(r.resource().key()).withTarget(target).endResource();
        } else if (metric instanceof Metric.ContainerResource c) {
            spec.withNewContainerResource().withContainer(c.container()).withName(c.resource().key())
                    .withTarget(target).endContainerResource();
        } else if (metric instanceof Metric.Pods p) {
            spec.withNewPods().withMetric(identifier(p.name(), p.selector())).withTarget(target).endPods();
        } else if (metric instanceof Metric.ObjectMetric o) {
            spec.withNewObject()
                    .withDescribedObject(new CrossVersionObjectReference(o.apiVersion(), o.kind(), o.objectName()))
                    .withMetric(identifier(o.name(), o.selector())).withTarget(target).endObject();
        } else if (metric instanceof Metric.External e) {
            spec.withNewExternal().withMetric(identifier(e.name(), e.selector())).withTarget(target).endExternal();
        }
        return spec.build();
    }

    private static MetricIdentifier identifier(String name, java.util.Map<String, String> selector) {
        LabelSelector labels = selector.isEmpty() ? null : new LabelSelector(null, new TreeMap<>(selector));
        return new MetricIdentifier(name, labels);
    }

    private static io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget renderTarget(MetricTarget target) {
        io.fabric8.kubernetes.api.model.Quantity quantity = target.quantity() == null ? null
                : new io.fabric8.kubernetes.api.model.Quantity(target.quantity().text());
        // Only the field the type reads renders (see MetricTarget).
        var rendered = new io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget();
        rendered.setType(target.type().value());
        switch (target.type()) {
            case UTILIZATION -> rendered.setAverageUtilization(target.utilization());
            case AVERAGE_VALUE -> rendered.setAverageValue(quantity);
            case VALUE -> rendered.setValue(quantity);
        }
        return rendered;
    }

    private static HPAScalingRules rules(ScalingRules rules) {
        if (rules == null || (rules.stabilizationWindowSeconds().isEmpty() && rules.policies().isEmpty()
                && rules.selectPolicy().isEmpty())) {
            return null;
        }
        HPAScalingRules rendered = new HPAScalingRules();
        rendered.setStabilizationWindowSeconds(rules.stabilizationWindowSeconds().orElse(null));
        rendered.setSelectPolicy(rules.selectPolicy().map(SelectPolicy::value).orElse(null));
        rendered.setPolicies(rules.policies().stream()
                .map(p -> new HPAScalingPolicy(p.periodSeconds(), p.type().value(), p.value())).toList());
        return rendered;
    }
}
