package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpecBuilder;

/**
 * How a Job runs its pods to completion, shared by {@link Job} and {@link CronJob}'s job template: the fields of
 * {@code JobSpec}. {@code null} leaves a field to the Kubernetes default.
 *
 * @param restartPolicy           {@code spec.template.spec.restartPolicy}; {@link RestartPolicy#NEVER} by default
 * @param backoffLimit            {@code backoffLimit}: failed tries before the Job fails (Kubernetes: 6)
 * @param activeDeadlineSeconds   {@code activeDeadlineSeconds}: how long the Job may run in all
 * @param ttlSecondsAfterFinished {@code ttlSecondsAfterFinished}: when a finished Job and its pods are deleted
 * @param completions             {@code completions}: how many pods must succeed (Kubernetes: 1)
 * @param parallelism             {@code parallelism}: how many pods run at once (Kubernetes: 1)
 */
public record JobSettings(RestartPolicy restartPolicy, Integer backoffLimit, Long activeDeadlineSeconds,
                          Integer ttlSecondsAfterFinished, Integer completions, Integer parallelism) {

    /** Never restarted in place; every other field left to Kubernetes. */
    public static final JobSettings DEFAULTS = new JobSettings(RestartPolicy.NEVER, null, null, null, null, null);

    JobSettings withRestartPolicy(RestartPolicy policy) {
        return new JobSettings(policy, backoffLimit, activeDeadlineSeconds, ttlSecondsAfterFinished, completions,
                parallelism);
    }

    JobSettings withBackoffLimit(int limit) {
        return new JobSettings(restartPolicy, limit, activeDeadlineSeconds, ttlSecondsAfterFinished, completions,
                parallelism);
    }

    JobSettings withActiveDeadlineSeconds(long seconds) {
        return new JobSettings(restartPolicy, backoffLimit, seconds, ttlSecondsAfterFinished, completions,
                parallelism);
    }

    JobSettings withTtlSecondsAfterFinished(int seconds) {
        return new JobSettings(restartPolicy, backoffLimit, activeDeadlineSeconds, seconds, completions,
                parallelism);
    }

    JobSettings withCompletions(int count, int parallel) {
        return new JobSettings(restartPolicy, backoffLimit, activeDeadlineSeconds, ttlSecondsAfterFinished, count,
                parallel);
    }

    /** The JobSpec of {@code workload}'s pods with these settings. */
    JobSpec render(Workload<?> workload, io.manifesto.core.Model model) {
        var template = PodRenderer.template(workload, model);
        template.getSpec().setRestartPolicy(restartPolicy.value());
        JobSpec spec = new JobSpecBuilder()
                .withBackoffLimit(backoffLimit)
                .withActiveDeadlineSeconds(activeDeadlineSeconds)
                .withTtlSecondsAfterFinished(ttlSecondsAfterFinished)
                .withCompletions(completions)
                .withParallelism(parallelism)
                .build();
        spec.setTemplate(template); // set, not copied: see PodRenderer.template
        return spec;
    }
}
