package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricIdentifier;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ContainerResourceMetricSource;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ExternalMetricSource;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ObjectMetricSource;
import io.fabric8.kubernetes.api.model.autoscaling.v2.PodsMetricSource;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import io.manifesto.resources.Quantity;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.scaling.rules.HpaMetricSource.Kind;
import io.manifesto.scaling.rules.HpaMetricSource.TargetType;
import io.manifesto.validate.Names;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An HPA's metrics: the source block their type names, a source the metrics APIs serve, a target it accepts. */
public final class HpaMetrics {

    /** A metric type Kubernetes does not know, or a metric without (or with more than) the block its type names. */
    public static final RuleInfo METRIC_SOURCE = RuleInfo.error("hpa.metric-source",
            "a metric sets exactly the source block its type names",
            "the API server rejects a metric whose type is unknown, whose block is missing, or that sets a second"
                    + " block");
    /** A target type the metric's source does not accept, or a target that sets a field its type does not read. */
    public static final RuleInfo METRIC_TARGET = RuleInfo.error("hpa.metric-target",
            "a metric's target is of a type its source accepts, and sets only the field that type reads",
            "the API server rejects a Value target on a resource metric, a Utilization target on a Pods metric,"
                    + " and a resource target with both averageUtilization and averageValue");
    /** A target value of zero or less. */
    public static final RuleInfo METRIC_VALUE = RuleInfo.error("hpa.metric-value",
            "a metric's target value is above 0", "the API server rejects a target of 0 or less");
    /** A custom, object or external metric without a name, or a name that is not a URL path segment. */
    public static final RuleInfo METRIC_NAME = RuleInfo.error("hpa.metric-name",
            "a metric, and the object an Object metric describes, are named with URL path segments",
            "the names are segments of the metrics API's URL path: the API server requires them and rejects '.',"
                    + " '..', '/' and '%'");
    /** A resource metric on a resource the resource metrics API does not report. */
    public static final RuleInfo METRIC_RESOURCE = RuleInfo.error("hpa.metric-resource",
            "a resource metric scales on cpu or memory",
            "the resource metrics API (metrics-server) reports only cpu and memory, so any other resource metric"
                    + " never has a value and the HPA does not scale");

    static final List<RuleInfo> RULES = List.of(METRIC_SOURCE, METRIC_TARGET, METRIC_VALUE, METRIC_NAME,
            METRIC_RESOURCE);

    private static final String ADAPTER = "name it as the metrics adapter exposes it";

    private HpaMetrics() {
    }

    /** Checks every metric of {@code spec}; returns those whose type and source block are right, in order. */
    static List<HpaMetricSource> check(HorizontalPodAutoscalerSpec spec, Findings.On scope) {
        List<HpaMetricSource> sources = new ArrayList<>();
        List<MetricSpec> metrics = spec.getMetrics() == null ? List.of() : spec.getMetrics();
        for (int i = 0; i < metrics.size(); i++) {
            MetricSpec metric = metrics.get(i);
            if (metric != null) {
                HpaMetricSource source = source(i, metric, scope);
                if (source != null) {
                    sources.add(source);
                }
            }
        }
        return sources;
    }

    private static HpaMetricSource source(int i, MetricSpec metric, Findings.On scope) {
        String at = "spec.metrics[" + i + "]";
        Kind kind = Kind.of(metric.getType());
        if (kind == null) {
            scope.report(METRIC_SOURCE, at + ".type", metric.getType(), "is not a metric type: "
                            + Arrays.stream(Kind.values()).map(k -> k.type).collect(Collectors.joining(", ")),
                    Fix.of("use one of them, with the source block it names"));
            return null;
        }
        Map<Kind, Object> blocks = HpaMetricSource.blocks(metric);
        Object block = blocks.get(kind);
        if (block == null) {
            scope.report(METRIC_SOURCE, at + "." + kind.block, null,
                    "a " + kind.type + " metric reads its source from " + kind.block + ", which is not set",
                    Fix.of("set " + at + "." + kind.block));
            return null;
        }
        blocks.keySet().stream().filter(other -> other != kind).forEach(other -> scope.report(METRIC_SOURCE,
                at + "." + other.block, other.type, "a " + kind.type + " metric reads only " + kind.block
                        + ", and the API server rejects one that also sets " + other.block,
                Fix.of("remove " + other.block + ", or make it a metric of its own")));
        HpaMetricSource source = read(i, kind, block);
        Findings.On within = scope.field(source.path());
        checkSource(kind, block, source, within);
        checkTarget(kind, source.target(), within);
        return source;
    }

    private static HpaMetricSource read(int i, Kind kind, Object block) {
        return switch (kind) {
            case RESOURCE -> {
                ResourceMetricSource r = (ResourceMetricSource) block;
                yield new HpaMetricSource(i, kind, r.getTarget(), r.getName(), null);
            }
            case CONTAINER_RESOURCE -> {
                ContainerResourceMetricSource c = (ContainerResourceMetricSource) block;
                yield new HpaMetricSource(i, kind, c.getTarget(), c.getName(), c.getContainer());
            }
            case PODS -> new HpaMetricSource(i, kind, ((PodsMetricSource) block).getTarget(), null, null);
            case OBJECT -> new HpaMetricSource(i, kind, ((ObjectMetricSource) block).getTarget(), null, null);
            case EXTERNAL -> new HpaMetricSource(i, kind, ((ExternalMetricSource) block).getTarget(), null, null);
        };
    }

    /** The resource, or the metric's name, selector and described object. */
    private static void checkSource(Kind kind, Object block, HpaMetricSource source, Findings.On scope) {
        switch (kind) {
            case RESOURCE, CONTAINER_RESOURCE -> checkResource(source.resource(), scope.field("name"));
            case PODS -> checkIdentifier(((PodsMetricSource) block).getMetric(), scope);
            case EXTERNAL -> checkIdentifier(((ExternalMetricSource) block).getMetric(), scope);
            case OBJECT -> {
                ObjectMetricSource object = (ObjectMetricSource) block;
                checkIdentifier(object.getMetric(), scope);
                CrossVersionObjectReference described = object.getDescribedObject();
                checkPathSegment(described == null ? null : described.getKind(), scope.field("describedObject.kind"),
                        "name the kind of the object the metric describes, e.g. \"Ingress\"");
                checkPathSegment(described == null ? null : described.getName(), scope.field("describedObject.name"),
                        "name the object the metric describes, e.g. the Ingress \"shop\"");
            }
        }
    }

    private static void checkResource(String resource, Findings.On scope) {
        if (!"cpu".equals(resource) && !"memory".equals(resource)) {
            scope.report(METRIC_RESOURCE, "", resource,
                    "the resource metrics API reports only cpu and memory, so this metric never has a value",
                    Fix.of("scale on cpu or memory, or on a Pods or External metric"));
        }
    }

    private static void checkIdentifier(MetricIdentifier metric, Findings.On scope) {
        checkPathSegment(metric == null ? null : metric.getName(), scope.field("metric.name"), ADAPTER);
        LabelSelector selector = metric == null ? null : metric.getSelector();
        if (selector != null && selector.getMatchLabels() != null) {
            // the selector narrows the metric's series by label, so its keys and values are label keys and values
            Findings.On labels = scope.field("metric.selector.matchLabels");
            selector.getMatchLabels().forEach((key, value) -> {
                Names.checkLabelKey(labels, "", key);
                Names.checkLabelValue(labels, key, value);
            });
        }
    }

    /**
     * A metric's name, and the kind and name of an object metric's object, are segments of the metrics API's URL
     * path: the API server requires them, and rejects {@code .}, {@code ..} and any {@code /} or {@code %}.
     */
    private static void checkPathSegment(String value, Findings.On scope, String fix) {
        if (value == null || value.isBlank()) {
            scope.report(METRIC_NAME, "", value, "is required", Fix.of(fix));
            return;
        }
        String wrong = value.equals(".") || value.equals("..") ? "may not be '" + value + "'"
                : value.contains("/") ? "may not contain '/'" : value.contains("%") ? "may not contain '%'" : null;
        if (wrong != null) {
            scope.report(METRIC_NAME, "", value,
                    wrong + ": it is a segment of the metrics API's URL path, and the API server rejects it",
                    Fix.of(fix));
        }
    }

    private static void checkTarget(Kind kind, MetricTarget target, Findings.On scope) {
        Fix accepted = Fix.of("use " + kind.targets.stream().map(t -> t.factory).collect(Collectors.joining(" or ")),
                "use type " + kind.targets.stream().map(t -> t.value).collect(Collectors.joining(" or ")));
        if (target == null) {
            scope.report(METRIC_TARGET, "target", null, "a metric needs a target: its type and the value to keep",
                    accepted);
            return;
        }
        TargetType type = TargetType.of(target.getType());
        if (type == null || !kind.targets.contains(type)) {
            scope.report(METRIC_TARGET, "target.type", target.getType(), target.getType() == null ? "is required"
                    : "a " + kind.type + " metric does not accept a " + target.getType() + " target", accepted);
            if (type == null) {
                return;
            }
        }
        checkPairing(type, target, scope);
        if (type == TargetType.UTILIZATION) {
            Integer utilization = target.getAverageUtilization();
            if (utilization == null || utilization < 1) {
                scope.report(METRIC_VALUE, "target.averageUtilization", utilization,
                        "a utilisation target must be above 0%", Fix.of("use a percentage of the request, e.g. 70"));
            }
        } else {
            checkQuantity(type, type == TargetType.VALUE ? target.getValue() : target.getAverageValue(), scope);
        }
    }

    /** A target sets only the field its type reads: the API server rejects averageUtilization with averageValue. */
    private static void checkPairing(TargetType type, MetricTarget target, Findings.On scope) {
        String extra = type != TargetType.UTILIZATION && target.getAverageUtilization() != null
                ? "averageUtilization (" + target.getAverageUtilization() + ")"
                : type != TargetType.AVERAGE_VALUE && target.getAverageValue() != null
                ? "averageValue (" + Quantity.fromObject(target.getAverageValue()) + ")"
                : type != TargetType.VALUE && target.getValue() != null
                ? "value (" + Quantity.fromObject(target.getValue()) + ")" : null;
        if (extra != null) {
            scope.report(METRIC_TARGET, "target.type", type.value, "the target type " + type.value + " reads only "
                            + type.field + ", and this target also sets " + extra,
                    Fix.of("build it with " + type.factory + ", which sets only " + type.field,
                            "remove " + extra.substring(0, extra.indexOf(' ')) + ", or change the type"));
        }
    }

    private static void checkQuantity(TargetType type, io.fabric8.kubernetes.api.model.Quantity value,
                                      Findings.On scope) {
        String field = "target." + type.field;
        if (value == null) {
            if (scope.dslTerms()) {
                return; // the DSL renders a target without value only for a null it reports as input.null
            }
            scope.report(METRIC_VALUE, field, null, "a target of type " + type.value + " needs its " + type.field,
                    Fix.of("set it to a positive quantity, e.g. \"500m\""));
            return;
        }
        Quantity quantity = Quantity.fromObject(value);
        quantity.check(scope, field, "500m");
        if (quantity.isValid() && quantity.value().orElse(BigDecimal.ZERO).signum() <= 0) {
            scope.report(METRIC_VALUE, field, quantity, "a target value must be above 0",
                    Fix.of("use a positive quantity, e.g. \"500m\""));
        }
    }
}
