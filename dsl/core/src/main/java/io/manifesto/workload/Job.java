package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.manifesto.core.Model;

import java.util.List;

/**
 * A Job (batch/v1): pods that run to completion, such as a database migration. Renders the Job only (no Service:
 * nothing serves from it); Kubernetes makes its selector. Its pods never restart in place unless
 * {@link #restartPolicy(RestartPolicy)} says so. Immutable: every method returns a new Job.
 */
public final class Job extends BatchWorkload<Job> {

    private Job(WorkloadState state, JobSettings settings) {
        super(state, settings);
    }

    /** A Job named {@code name} ({@code metadata.name}, a DNS-1123 subdomain). */
    public static Job named(String name) {
        WorkloadState state = WorkloadState.named(name, "job(...)");
        state.exposure = BatchDslChecks.NO_SERVICE;
        return new Job(state, JobSettings.DEFAULTS);
    }

    @Override
    Job with(WorkloadState state) {
        return new Job(state, job);
    }

    @Override
    Job with(JobSettings settings) {
        return new Job(state, settings);
    }

    @Override
    String jobSpecPath() {
        return "spec";
    }

    /** {@code Job}. */
    @Override
    public String kind() {
        return "Job";
    }

    @Override
    public List<HasMetadata> render(Model model) {
        io.fabric8.kubernetes.api.model.batch.v1.Job rendered = new JobBuilder()
                .withMetadata(PodRenderer.metadata(this, model)).build();
        rendered.setSpec(job.render(this, model)); // set, not copied: see PodRenderer.template
        return List.of(rendered);
    }
}
