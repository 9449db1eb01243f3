package io.manifesto.testing;

import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;
import static io.manifesto.testing.Messages.itHad;
import static io.manifesto.testing.Messages.list;
import static io.manifesto.testing.Messages.quantity;
import static io.manifesto.testing.Messages.resource;

import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an autoscaling/v2 {@link HorizontalPodAutoscaler}: what it scales, its replica
 * range and its resource utilisation targets.
 */
public class HorizontalPodAutoscalerAssert
        extends AbstractAssert<HorizontalPodAutoscalerAssert, HorizontalPodAutoscaler> {

    /** The minReplicas the API server gives an HPA that sets none. */
    private static final int DEFAULT_MIN_REPLICAS = 1;

    /** Creates assertions on an autoscaling/v2 HorizontalPodAutoscaler. */
    public HorizontalPodAutoscalerAssert(HorizontalPodAutoscaler hpa) {
        super(hpa, HorizontalPodAutoscalerAssert.class);
    }

    /** Checks {@code spec.scaleTargetRef}: the kind and name of the scaled workload. */
    public HorizontalPodAutoscalerAssert scales(String kind, String name) {
        isNotNull();
        CrossVersionObjectReference target = spec().getScaleTargetRef();
        String expected = kind + "/" + name;
        String present = target == null ? null : target.getKind() + "/" + target.getName();
        if (!expected.equals(present)) {
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    name() + " to scale", expected,
                    present == null ? "it set no scaleTargetRef" : "it scaled\n" + indent(present)));
        }
        return myself;
    }

    /**
     * Checks {@code spec.minReplicas}; an HPA that sets none counts as 1, the API server's
     * default.
     */
    public HorizontalPodAutoscalerAssert hasMinReplicas(int expected) {
        isNotNull();
        Integer set = spec().getMinReplicas();
        int present = set == null ? DEFAULT_MIN_REPLICAS : set;
        if (present != expected) {
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    name() + " to have minReplicas", String.valueOf(expected),
                    itHad(present + (set == null ? " (not set, the default)" : ""))));
        }
        return myself;
    }

    /** Checks {@code spec.maxReplicas}. */
    public HorizontalPodAutoscalerAssert hasMaxReplicas(int expected) {
        isNotNull();
        Integer present = spec().getMaxReplicas();
        if (present == null || present != expected) {
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    name() + " to have maxReplicas", String.valueOf(expected),
                    present == null ? "it set no maxReplicas" : itHad(String.valueOf(present))));
        }
        return myself;
    }

    /** Checks for a {@code Resource} metric on {@code cpu} with an average utilisation target (%). */
    public HorizontalPodAutoscalerAssert targetsCpuUtilization(int percent) {
        return targetsUtilization("cpu", percent);
    }

    /** Checks for a {@code Resource} metric on {@code memory} with an average utilisation target (%). */
    public HorizontalPodAutoscalerAssert targetsMemoryUtilization(int percent) {
        return targetsUtilization("memory", percent);
    }

    private HorizontalPodAutoscalerAssert targetsUtilization(String resource, int percent) {
        isNotNull();
        List<MetricSpec> metrics = list(spec().getMetrics());
        boolean found = metrics.stream().anyMatch(m -> {
            ResourceMetricSource source = m.getResource();
            MetricTarget target = source == null ? null : source.getTarget();
            return "Resource".equals(m.getType())
                    && source != null
                    && resource.equals(source.getName())
                    && target != null
                    && "Utilization".equals(target.getType())
                    && Objects.equals(target.getAverageUtilization(), percent);
        });
        if (!found) {
            String expected = resource + " utilization " + percent + "%";
            String present = metrics.isEmpty()
                    ? "(none)"
                    : metrics.stream().map(HorizontalPodAutoscalerAssert::metric).collect(Collectors.joining("\n"));
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    name() + " to target", expected, "its metrics were\n" + indent(present)));
        }
        return myself;
    }

    /** A metric in one line, e.g. {@code cpu utilization 70%} or {@code Pods metric}. */
    private static String metric(MetricSpec metric) {
        ResourceMetricSource source = metric.getResource();
        if (!"Resource".equals(metric.getType()) || source == null) {
            return metric.getType() + " metric";
        }
        MetricTarget target = source.getTarget();
        if (target == null) {
            return source.getName() + " (no target)";
        }
        if ("Utilization".equals(target.getType())) {
            return source.getName() + " utilization " + target.getAverageUtilization() + "%";
        }
        if ("AverageValue".equals(target.getType()) && target.getAverageValue() != null) {
            return source.getName() + " average value " + quantity(target.getAverageValue());
        }
        return source.getName() + " " + target.getType();
    }

    private HorizontalPodAutoscalerSpec spec() {
        return actual.getSpec() == null ? new HorizontalPodAutoscalerSpec() : actual.getSpec();
    }

    private String name() {
        return resource(actual);
    }
}
