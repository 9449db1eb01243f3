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
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A HorizontalPodAutoscaler (autoscaling/v2): scales a Deployment or StatefulSet of the application between
 * {@code spec.minReplicas} and {@code spec.maxReplicas} on {@code spec.metrics}, as {@code spec.behavior} allows.
 * It owns the replica count of its target, which then renders without {@code spec.replicas}. What is not set is
 * not rendered: no metrics means Kubernetes' default (CPU utilisation 80%), no behaviour means its default
 * behaviour. Immutable: every method returns a new autoscaler.
 */
public final class HorizontalPodAutoscaler implements SingleObjectComponent, ReplicaOwner {

    /**
     * Rule id: a target that sets a field its type does not read (only possible through
     * {@code new MetricTarget(...)}): the rendering drops that field, so only the DSL value shows the mistake. The
     * object rule of the same id ({@code io.manifesto.scaling.rules.HpaMetrics}) checks the rendered targets.
     */
    public static final String METRIC_TARGET = "hpa.metric-target";

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
        return new HorizontalPodAutoscaler(name == null ? this.name : name, target, minReplicas, maxReplicas, metrics,
                scaleUp, scaleDown, missing.remember(name, "metadata.name", "withName(...)"));
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
        return quantity == null ? missingMetric("cpuAverageValue(...)")
                : metric(Metric.cpu(MetricTarget.averageValue(quantity)));
    }

    /** A {@code Resource} metric on {@code memory} with {@code target: {type: AverageValue, averageValue}}. */
    public HorizontalPodAutoscaler memoryAverageValue(String quantity) {
        return quantity == null ? missingMetric("memoryAverageValue(...)")
                : metric(Metric.memory(MetricTarget.averageValue(quantity)));
    }

    /** This HPA without the metric that {@code method} was given a null quantity for, which the build reports. */
    private HorizontalPodAutoscaler missingMetric(String method) {
        return new HorizontalPodAutoscaler(name, target, minReplicas, maxReplicas, metrics, scaleUp, scaleDown,
                missing.with(new MissingValue("spec.metrics", method)));
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

    @Override
    public ResourceId ownedWorkload() {
        return target();
    }

    @Override
    public ResourceId owner() {
        return id();
    }

    /**
     * Checks what only the DSL values show: the {@code null}s passed to its methods, its name, and targets built
     * with {@code new MetricTarget(...)} that set a field their type does not read. Every other rule of an HPA
     * checks the rendered object ({@code io.manifesto.scaling.rules.HpaRules}), whatever made it.
     */
    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Targets.checkName(target, name, scope);
        for (int i = 0; i < metrics.size(); i++) {
            checkMetric(metrics.get(i), scope.field("spec.metrics[" + i + "]." + metrics.get(i).field()));
        }
        checkRules(scaleUp, scope.field("spec.behavior.scaleUp"));
        checkRules(scaleDown, scope.field("spec.behavior.scaleDown"));
    }

    private static void checkMetric(Metric metric, Problems.Scope scope) {
        metric.missingValues().forEach(missing -> missing.report(scope));
        MetricTarget target = metric.target();
        if (target == null) {
            return;
        }
        if (target.type() == null) {
            new MissingValue("target.type", "new MetricTarget(...)").report(scope);
            return;
        }
        checkPairing(target, scope);
        if (target.type() != MetricTarget.Type.UTILIZATION && target.quantity() == null) {
            new MissingValue("target." + target.type().field(), "MetricTarget." + target.type().factory() + "(...)")
                    .report(scope);
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

    private static void checkRules(ScalingRules rules, Problems.Scope scope) {
        if (rules != null) {
            rules.missingValues().forEach(missing -> missing.report(scope));
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
