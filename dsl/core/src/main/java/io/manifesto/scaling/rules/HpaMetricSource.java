package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of an HPA's {@code spec.metrics}, read from the source block its {@code type} names.
 *
 * @param index     its position in {@code spec.metrics}
 * @param kind      what its type reads
 * @param target    the block's {@code target}, or {@code null}
 * @param resource  {@code resource.name} or {@code containerResource.name}; {@code null} for other sources
 * @param container {@code containerResource.container}; {@code null} for other sources
 */
record HpaMetricSource(int index, Kind kind, MetricTarget target, String resource, String container) {

    /** A target type of autoscaling/v2: {@code type} and the one field it reads. */
    enum TargetType {
        UTILIZATION("Utilization", "averageUtilization", "MetricTarget.utilization(percent)"),
        AVERAGE_VALUE("AverageValue", "averageValue", "MetricTarget.averageValue(quantity)"),
        VALUE("Value", "value", "MetricTarget.value(quantity)");

        final String value;
        final String field;
        final String factory;

        TargetType(String value, String field, String factory) {
            this.value = value;
            this.field = field;
            this.factory = factory;
        }

        /** The type spelled {@code value}, or {@code null} for any other text. */
        static TargetType of(String value) {
            for (TargetType type : values()) {
                if (type.value.equals(value)) {
                    return type;
                }
            }
            return null;
        }
    }

    /** A metric type of autoscaling/v2: the block it reads and the target types that block accepts. */
    enum Kind {
        RESOURCE("Resource", "resource", List.of(TargetType.UTILIZATION, TargetType.AVERAGE_VALUE)),
        CONTAINER_RESOURCE("ContainerResource", "containerResource",
                List.of(TargetType.UTILIZATION, TargetType.AVERAGE_VALUE)),
        PODS("Pods", "pods", List.of(TargetType.AVERAGE_VALUE)),
        OBJECT("Object", "object", List.of(TargetType.AVERAGE_VALUE, TargetType.VALUE)),
        EXTERNAL("External", "external", List.of(TargetType.AVERAGE_VALUE, TargetType.VALUE));

        final String type;
        final String block;
        final List<TargetType> targets;

        Kind(String type, String block, List<TargetType> targets) {
            this.type = type;
            this.block = block;
            this.targets = targets;
        }

        /** The kind spelled {@code type}, or {@code null} for any other text. */
        static Kind of(String type) {
            for (Kind kind : values()) {
                if (kind.type.equals(type)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** The field path of the metric's source block, e.g. {@code spec.metrics[0].resource}. */
    String path() {
        return "spec.metrics[" + index + "]." + kind.block;
    }

    /** The source blocks {@code metric} sets, by block name, in the order of {@link Kind}. */
    static Map<Kind, Object> blocks(MetricSpec metric) {
        Map<Kind, Object> blocks = new LinkedHashMap<>();
        put(blocks, Kind.RESOURCE, metric.getResource());
        put(blocks, Kind.CONTAINER_RESOURCE, metric.getContainerResource());
        put(blocks, Kind.PODS, metric.getPods());
        put(blocks, Kind.OBJECT, metric.getObject());
        put(blocks, Kind.EXTERNAL, metric.getExternal());
        return blocks;
    }

    private static void put(Map<Kind, Object> blocks, Kind kind, Object block) {
        if (block != null) {
            blocks.put(kind, block);
        }
    }
}
