package io.manifesto.scaling;

import io.manifesto.resources.Quantity;

/**
 * The target of an HPA metric ({@code target}): its {@code type} and the one field that type reads. Build it with
 * the factories, which set only that field: {@code Utilization} sets {@code averageUtilization},
 * {@code AverageValue} sets {@code averageValue}, {@code Value} sets {@code value}. A target from the constructor
 * that sets another field, or no type, is reported when the application is built
 * ({@code hpa.metric-target}, {@code input.null}), and only the field the type reads renders.
 *
 * @param type        {@code target.type}
 * @param utilization {@code target.averageUtilization}, a percentage of the request; only for {@code Utilization}
 * @param quantity    {@code target.averageValue} or {@code target.value}; only for the value types
 */
public record MetricTarget(Type type, Integer utilization, Quantity quantity) {

    /** The three target types of autoscaling/v2, spelled as Kubernetes spells them. */
    public enum Type {
        /** {@code Utilization}: the average use as a percentage of the pods' request. */
        UTILIZATION("Utilization", "averageUtilization", "utilization"),
        /** {@code AverageValue}: the value divided by the number of pods. */
        AVERAGE_VALUE("AverageValue", "averageValue", "averageValue"),
        /** {@code Value}: the value as it is (object and external metrics only). */
        VALUE("Value", "value", "value");

        private final String value;
        private final String field;
        private final String factory;

        Type(String value, String field, String factory) {
            this.value = value;
            this.field = field;
            this.factory = factory;
        }

        /** The string Kubernetes uses, e.g. {@code AverageValue}. */
        public String value() {
            return value;
        }

        /** The one field of {@code target} this type reads, e.g. {@code averageUtilization}. */
        public String field() {
            return field;
        }

        /** The factory of {@link MetricTarget} that builds a target of this type, e.g. {@code utilization}. */
        public String factory() {
            return factory;
        }

        /** How a fix names the factory: {@code MetricTarget.utilization(percent)}. */
        String usage() {
            return "MetricTarget." + factory + (this == UTILIZATION ? "(percent)" : "(quantity)");
        }
    }

    /** {@code type: Utilization, averageUtilization: percent}: a percentage of the pods' request. */
    public static MetricTarget utilization(int percent) {
        return new MetricTarget(Type.UTILIZATION, percent, null);
    }

    /**
     * {@code type: AverageValue, averageValue: quantity}, e.g. {@code averageValue("500m")}; a {@code null} quantity
     * is reported when the application is built.
     */
    public static MetricTarget averageValue(String quantity) {
        return new MetricTarget(Type.AVERAGE_VALUE, null, quantity == null ? null : Quantity.of(quantity));
    }

    /**
     * {@code type: Value, value: quantity}: the metric's value as it is (object and external metrics); a
     * {@code null} quantity is reported when the application is built.
     */
    public static MetricTarget value(String quantity) {
        return new MetricTarget(Type.VALUE, null, quantity == null ? null : Quantity.of(quantity));
    }

    /** {@code 70%}, {@code average 500m} or {@code value 10}, for messages. */
    @Override
    public String toString() {
        if (type == null) {
            return "no type";
        }
        return switch (type) {
            case UTILIZATION -> utilization + "%";
            case AVERAGE_VALUE -> "average " + quantity;
            case VALUE -> "value " + quantity;
        };
    }
}
