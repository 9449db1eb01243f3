package io.manifesto.scaling;

import io.manifesto.resources.ResourceName;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One entry of an HPA's {@code spec.metrics}: its {@code type} and the one source block that type reads
 * ({@code resource}, {@code containerResource}, {@code pods}, {@code object} or {@code external}). Only the block
 * matching the type is ever rendered. Which target types a source accepts is checked at build time
 * (rule {@code hpa.metric-target}).
 */
public sealed interface Metric {

    /** {@code spec.metrics[].type}, e.g. {@code Resource}. */
    String type();

    /** The source block's field name, e.g. {@code containerResource}. */
    String field();

    /** The target. */
    MetricTarget target();

    /** The target types this source accepts. */
    Set<MetricTarget.Type> allowedTargets();

    /**
     * The {@code null}s this metric was given where a value is required (fields relative to its source block,
     * e.g. {@code target}), reported by the HPA as {@code input.null}.
     */
    List<MissingValue> missingValues();

    /** A {@code Resource} metric on {@code cpu}: the pods' CPU, averaged over the pods. */
    static Resource cpu(MetricTarget target) {
        return new Resource(ResourceName.CPU, target);
    }

    /** A {@code Resource} metric on {@code memory}: the pods' memory, averaged over the pods. */
    static Resource memory(MetricTarget target) {
        return new Resource(ResourceName.MEMORY, target);
    }

    /** A {@code ContainerResource} metric: {@code resource} of the container named {@code container} only. */
    static ContainerResource containerResource(String container, ResourceName resource, MetricTarget target) {
        return new ContainerResource(container, resource, target);
    }

    /** A {@code Pods} metric (custom metrics API) named {@code name}, averaged over the pods. */
    static Pods pods(String name, MetricTarget target) {
        return new Pods(name, Map.of(), target);
    }

    /** An {@code Object} metric named {@code name} describing one object, e.g. an Ingress's requests per second. */
    static ObjectMetric object(String apiVersion, String kind, String objectName, String name, MetricTarget target) {
        return new ObjectMetric(apiVersion, kind, objectName, name, Map.of(), target);
    }

    /** An {@code External} metric (external metrics API) named {@code name}, e.g. a queue's length. */
    static External external(String name, MetricTarget target) {
        return new External(name, Map.of(), target);
    }

    /**
     * {@code type: Resource, resource: {name, target}}: a compute resource of every container, averaged over the
     * pods. Accepts {@code Utilization} and {@code AverageValue}.
     *
     * @param resource {@code resource.name}
     * @param target   {@code resource.target}
     */
    record Resource(ResourceName resource, MetricTarget target) implements Metric {
        @Override
        public List<MissingValue> missingValues() {
            String method = resource == ResourceName.MEMORY ? "Metric.memory(...)" : "Metric.cpu(...)";
            return Nulls.NONE.remember(resource, "name", method).remember(target, "target", method).values();
        }

        @Override
        public String type() {
            return "Resource";
        }

        @Override
        public String field() {
            return "resource";
        }

        @Override
        public Set<MetricTarget.Type> allowedTargets() {
            return Set.of(MetricTarget.Type.UTILIZATION, MetricTarget.Type.AVERAGE_VALUE);
        }
    }

    /**
     * {@code type: ContainerResource, containerResource: {container, name, target}}: a compute resource of one
     * container, averaged over the pods. Accepts {@code Utilization} and {@code AverageValue}.
     *
     * @param container {@code containerResource.container}
     * @param resource  {@code containerResource.name}
     * @param target    {@code containerResource.target}
     */
    record ContainerResource(String container, ResourceName resource, MetricTarget target) implements Metric {
        @Override
        public List<MissingValue> missingValues() {
            String method = "Metric.containerResource(...)";
            return Nulls.NONE.remember(container, "container", method).remember(resource, "name", method)
                    .remember(target, "target", method).values();
        }

        @Override
        public String type() {
            return "ContainerResource";
        }

        @Override
        public String field() {
            return "containerResource";
        }

        @Override
        public Set<MetricTarget.Type> allowedTargets() {
            return Set.of(MetricTarget.Type.UTILIZATION, MetricTarget.Type.AVERAGE_VALUE);
        }
    }

    /**
     * {@code type: Pods, pods: {metric: {name, selector}, target}}: a per-pod custom metric. Accepts only
     * {@code AverageValue}.
     *
     * @param name     {@code pods.metric.name}
     * @param selector {@code pods.metric.selector.matchLabels}
     * @param target   {@code pods.target}
     */
    record Pods(String name, Map<String, String> selector, MetricTarget target) implements Metric {
        public Pods {
            selector = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(selector, Map.of())));
        }

        @Override
        public List<MissingValue> missingValues() {
            return Nulls.NONE.remember(target, "target", "Metric.pods(...)").values();
        }

        /** This metric narrowed to the series whose labels include {@code key: value}. */
        public Pods selecting(String key, String value) {
            return new Pods(name, Nulls.put(selector, key, value), target);
        }

        @Override
        public String type() {
            return "Pods";
        }

        @Override
        public String field() {
            return "pods";
        }

        @Override
        public Set<MetricTarget.Type> allowedTargets() {
            return Set.of(MetricTarget.Type.AVERAGE_VALUE);
        }
    }

    /**
     * {@code type: Object, object: {describedObject, metric: {name, selector}, target}}: a metric of one object.
     * Accepts {@code Value} and {@code AverageValue}.
     *
     * @param apiVersion {@code object.describedObject.apiVersion}, e.g. {@code networking.k8s.io/v1}
     * @param kind       {@code object.describedObject.kind}, e.g. {@code Ingress}
     * @param objectName {@code object.describedObject.name}
     * @param name       {@code object.metric.name}
     * @param selector   {@code object.metric.selector.matchLabels}
     * @param target     {@code object.target}
     */
    record ObjectMetric(String apiVersion, String kind, String objectName, String name, Map<String, String> selector,
                        MetricTarget target) implements Metric {
        public ObjectMetric {
            selector = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(selector, Map.of())));
        }

        @Override
        public List<MissingValue> missingValues() {
            return Nulls.NONE.remember(target, "target", "Metric.object(...)").values();
        }

        /** This metric narrowed to the series whose labels include {@code key: value}. */
        public ObjectMetric selecting(String key, String value) {
            return new ObjectMetric(apiVersion, kind, objectName, name, Nulls.put(selector, key, value), target);
        }

        @Override
        public String type() {
            return "Object";
        }

        @Override
        public String field() {
            return "object";
        }

        @Override
        public Set<MetricTarget.Type> allowedTargets() {
            return Set.of(MetricTarget.Type.VALUE, MetricTarget.Type.AVERAGE_VALUE);
        }
    }

    /**
     * {@code type: External, external: {metric: {name, selector}, target}}: a metric from outside the cluster.
     * Accepts {@code Value} and {@code AverageValue}.
     *
     * @param name     {@code external.metric.name}
     * @param selector {@code external.metric.selector.matchLabels}
     * @param target   {@code external.target}
     */
    record External(String name, Map<String, String> selector, MetricTarget target) implements Metric {
        public External {
            selector = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(selector, Map.of())));
        }

        @Override
        public List<MissingValue> missingValues() {
            return Nulls.NONE.remember(target, "target", "Metric.external(...)").values();
        }

        /** This metric narrowed to the series whose labels include {@code key: value}. */
        public External selecting(String key, String value) {
            return new External(name, Nulls.put(selector, key, value), target);
        }

        @Override
        public String type() {
            return "External";
        }

        @Override
        public String field() {
            return "external";
        }

        @Override
        public Set<MetricTarget.Type> allowedTargets() {
            return Set.of(MetricTarget.Type.VALUE, MetricTarget.Type.AVERAGE_VALUE);
        }
    }
}
