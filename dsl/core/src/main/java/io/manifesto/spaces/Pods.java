package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.Map;
import java.util.Optional;

/** The workloads a space can run or leave to its parent, and their pod templates. */
final class Pods {

    private Pods() {
    }

    /** {@code true} for a Deployment, StatefulSet or DaemonSet: a service a space can run. */
    static boolean isWorkload(HasMetadata object) {
        return object instanceof Deployment || object instanceof StatefulSet || object instanceof DaemonSet;
    }

    /** The pod template of a workload. */
    static Optional<PodTemplateSpec> template(HasMetadata object) {
        PodTemplateSpec template = null;
        if (object instanceof Deployment d && d.getSpec() != null) {
            template = d.getSpec().getTemplate();
        } else if (object instanceof StatefulSet s && s.getSpec() != null) {
            template = s.getSpec().getTemplate();
        } else if (object instanceof DaemonSet d && d.getSpec() != null) {
            template = d.getSpec().getTemplate();
        }
        return Optional.ofNullable(template);
    }

    /** The pod labels of a workload. */
    static Map<String, String> labels(HasMetadata object) {
        return template(object).map(PodTemplateSpec::getMetadata).map(m -> m.getLabels())
                .orElse(Map.of());
    }

    /** {@code true} when the non-empty {@code selector} selects the pods of {@code workload}. */
    static boolean selects(Map<String, String> selector, HasMetadata workload) {
        Map<String, String> labels = labels(workload);
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** The current {@code spec.replicas}, or {@code null}: DaemonSets have none. */
    static Integer replicas(HasMetadata object) {
        if (object instanceof Deployment d && d.getSpec() != null) {
            return d.getSpec().getReplicas();
        }
        if (object instanceof StatefulSet s && s.getSpec() != null) {
            return s.getSpec().getReplicas();
        }
        return null;
    }

    /** Sets {@code spec.replicas} of a Deployment or StatefulSet. */
    static void setReplicas(HasMetadata object, Integer replicas) {
        if (object instanceof Deployment d && d.getSpec() != null) {
            d.getSpec().setReplicas(replicas);
        } else if (object instanceof StatefulSet s && s.getSpec() != null) {
            s.getSpec().setReplicas(replicas);
        }
    }
}
