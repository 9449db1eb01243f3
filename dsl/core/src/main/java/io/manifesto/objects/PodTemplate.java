package io.manifesto.objects;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import java.util.Map;
import java.util.Optional;

/**
 * The pods an object runs, whatever its kind: a workload's pod template, a CronJob's job template, a bare Pod.
 *
 * @param path     where the pod's metadata and spec sit in the object, e.g. {@code spec.template}; {@code ""} for a
 *                 Pod
 * @param metadata the pods' metadata (labels, annotations), never {@code null}
 * @param spec     the pod spec, never {@code null}
 * @param replicas the object's {@code spec.replicas} where its kind has one and it is set
 */
public record PodTemplate(String path, ObjectMeta metadata, PodSpec spec, Optional<Integer> replicas) {

    /** The pods of {@code object}, empty for an object that runs none. */
    public static Optional<PodTemplate> of(HasMetadata object) {
        if (object instanceof Deployment d && d.getSpec() != null) {
            return template(d.getSpec().getTemplate(), d.getSpec().getReplicas());
        }
        if (object instanceof StatefulSet s && s.getSpec() != null) {
            return template(s.getSpec().getTemplate(), s.getSpec().getReplicas());
        }
        if (object instanceof ReplicaSet r && r.getSpec() != null) {
            return template(r.getSpec().getTemplate(), r.getSpec().getReplicas());
        }
        if (object instanceof ReplicationController r && r.getSpec() != null) {
            return template(r.getSpec().getTemplate(), r.getSpec().getReplicas());
        }
        if (object instanceof DaemonSet d && d.getSpec() != null) {
            return template(d.getSpec().getTemplate(), null);
        }
        if (object instanceof Job j && j.getSpec() != null) {
            return template(j.getSpec().getTemplate(), null);
        }
        if (object instanceof CronJob c && c.getSpec() != null && c.getSpec().getJobTemplate() != null
                && c.getSpec().getJobTemplate().getSpec() != null) {
            return template(c.getSpec().getJobTemplate().getSpec().getTemplate(), null)
                    .map(t -> new PodTemplate("spec.jobTemplate.spec.template", t.metadata, t.spec, t.replicas));
        }
        if (object instanceof Pod p && p.getSpec() != null) {
            return Optional.of(new PodTemplate("", meta(p.getMetadata()), p.getSpec(), Optional.empty()));
        }
        return Optional.empty();
    }

    private static Optional<PodTemplate> template(PodTemplateSpec template, Integer replicas) {
        if (template == null || template.getSpec() == null) {
            return Optional.empty();
        }
        return Optional.of(new PodTemplate("spec.template", meta(template.getMetadata()), template.getSpec(),
                Optional.ofNullable(replicas)));
    }

    private static ObjectMeta meta(ObjectMeta metadata) {
        return metadata == null ? new ObjectMeta() : metadata;
    }

    /** The field path of the pod spec: {@code spec.template.spec}, or {@code spec} for a Pod. */
    public String specPath() {
        return path.isEmpty() ? "spec" : path + ".spec";
    }

    /** The pods' labels, never {@code null}. */
    public Map<String, String> labels() {
        return metadata.getLabels() == null ? Map.of() : metadata.getLabels();
    }

    /** The pods' annotations, never {@code null}. */
    public Map<String, String> annotations() {
        return metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations();
    }
}
