package io.manifesto.workload;

import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * A workload whose pods run to completion: a {@link Job}, or a {@link CronJob}'s job template. Holds the settings of
 * the JobSpec both render.
 *
 * @param <W> the concrete kind, returned by every method
 */
public abstract class BatchWorkload<W extends BatchWorkload<W>> extends Workload<W> {

    final JobSettings job;

    BatchWorkload(WorkloadState state, JobSettings job) {
        super(state);
        this.job = job;
    }

    /** This workload with other job settings. */
    abstract W with(JobSettings settings);

    /** Where the JobSpec sits in the object: {@code spec}, or {@code spec.jobTemplate.spec}. */
    abstract String jobSpecPath();

    /** The pods' {@code restartPolicy}: {@code Never} (the default here) or {@code OnFailure}. */
    public W restartPolicy(RestartPolicy policy) {
        if (policy == null) {
            return rememberMissing(jobSpecPath() + ".template.spec.restartPolicy", "restartPolicy(...)");
        }
        return with(job.withRestartPolicy(policy));
    }

    /** {@code backoffLimit}: how many failed tries before the Job fails (Kubernetes: 6). */
    public W backoffLimit(int tries) {
        return with(job.withBackoffLimit(tries));
    }

    /** {@code activeDeadlineSeconds}: how long the Job may run, all tries included. */
    public W activeDeadlineSeconds(long seconds) {
        return with(job.withActiveDeadlineSeconds(seconds));
    }

    /** {@code ttlSecondsAfterFinished}: delete the finished Job and its pods after this many seconds. */
    public W ttlSecondsAfterFinished(int seconds) {
        return with(job.withTtlSecondsAfterFinished(seconds));
    }

    /** {@code completions} and {@code parallelism}: how many pods must succeed, and how many run at once. */
    public W completions(int count, int parallelism) {
        return with(job.withCompletions(count, parallelism));
    }

    /** The settings of the JobSpec. */
    public JobSettings settings() {
        return job;
    }

    @Override
    public List<ResourceId> ids() {
        return List.of(id());
    }

    @Override
    public void validate(Model model, Problems problems) {
        WorkloadRules.validate(this, model, problems);
        BatchDslChecks.check(this, problems.at(id().toString()), jobSpecPath());
    }
}
