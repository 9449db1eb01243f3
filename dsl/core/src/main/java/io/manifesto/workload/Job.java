package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * A Job (batch/v1): pods that run to completion, such as a database migration. Renders the Job only (no Service:
 * nothing serves from it); Kubernetes makes its selector. Its pods never restart in place unless
 * {@link #restartPolicy(RestartPolicy)} says so. Immutable: every method returns a new Job.
 */
public final class Job extends Workload<Job> {

    private final JobSettings settings;

    private Job(WorkloadState state, JobSettings settings) {
        super(state);
        this.settings = settings;
    }

    /** A Job named {@code name} ({@code metadata.name}, a DNS-1123 subdomain). */
    public static Job named(String name) {
        WorkloadState state = new WorkloadState();
        state.name = name == null ? "" : name;
        state.exposure = BatchDslChecks.NO_SERVICE;
        return new Job(state, JobSettings.DEFAULTS);
    }

    @Override
    Job with(WorkloadState state) {
        return new Job(state, settings);
    }

    /** {@code spec.template.spec.restartPolicy}: {@code Never} (the default here) or {@code OnFailure}. */
    public Job restartPolicy(RestartPolicy policy) {
        if (policy == null) {
            return rememberMissing("spec.template.spec.restartPolicy", "restartPolicy(...)");
        }
        return new Job(state, settings.withRestartPolicy(policy));
    }

    /** {@code spec.backoffLimit}: how many failed tries before the Job fails (Kubernetes: 6). */
    public Job backoffLimit(int tries) {
        return new Job(state, settings.withBackoffLimit(tries));
    }

    /** {@code spec.activeDeadlineSeconds}: how long the Job may run, all tries included. */
    public Job activeDeadlineSeconds(long seconds) {
        return new Job(state, settings.withActiveDeadlineSeconds(seconds));
    }

    /** {@code spec.ttlSecondsAfterFinished}: delete the finished Job and its pods after this many seconds. */
    public Job ttlSecondsAfterFinished(int seconds) {
        return new Job(state, settings.withTtlSecondsAfterFinished(seconds));
    }

    /** {@code spec.completions} and {@code spec.parallelism}: how many pods must succeed, and how many at once. */
    public Job completions(int count, int parallelism) {
        return new Job(state, settings.withCompletions(count, parallelism));
    }

    /** The settings of the Job's spec. */
    public JobSettings settings() {
        return settings;
    }

    /** {@code Job}. */
    @Override
    public String kind() {
        return "Job";
    }

    @Override
    public List<ResourceId> ids() {
        return List.of(id());
    }

    @Override
    public void validate(Model model, Problems problems) {
        WorkloadRules.validate(this, model, problems);
        BatchDslChecks.check(this, problems.at(id().toString()), "spec");
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(new JobBuilder().withMetadata(PodRenderer.metadata(this, model))
                .withSpec(settings.render(this, model)).build());
    }
}
