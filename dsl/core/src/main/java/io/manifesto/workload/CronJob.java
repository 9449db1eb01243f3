package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.manifesto.core.Model;

import java.util.List;

/**
 * A CronJob (batch/v1): a Job made on a schedule, such as a nightly export. Renders the CronJob only; its job
 * template's pods never restart in place unless {@link #restartPolicy(RestartPolicy)} says so. Immutable: every
 * method returns a new CronJob.
 */
public final class CronJob extends BatchWorkload<CronJob> {

    private final String schedule;
    private final String timeZone;
    private final ConcurrencyPolicy concurrency;
    private final Integer successfulHistory;
    private final Integer failedHistory;
    private final Long startingDeadlineSeconds;

    private CronJob(WorkloadState state, String schedule, String timeZone, ConcurrencyPolicy concurrency,
                    Integer successfulHistory, Integer failedHistory, Long startingDeadlineSeconds,
                    JobSettings job) {
        super(state, job);
        this.schedule = schedule;
        this.timeZone = timeZone;
        this.concurrency = concurrency;
        this.successfulHistory = successfulHistory;
        this.failedHistory = failedHistory;
        this.startingDeadlineSeconds = startingDeadlineSeconds;
    }

    /**
     * A CronJob named {@code name} ({@code metadata.name}) running on {@code schedule} ({@code spec.schedule}: five
     * cron fields, minute hour day-of-month month day-of-week, such as {@code "0 3 * * *"}, or {@code @daily}).
     */
    public static CronJob named(String name, String schedule) {
        WorkloadState state = WorkloadState.named(name, "cronJob(...)");
        state.exposure = BatchDslChecks.NO_SERVICE;
        CronJob cronJob = new CronJob(state, schedule, null, null, null, null, null, JobSettings.DEFAULTS);
        return schedule == null ? cronJob.rememberMissing("spec.schedule", "cronJob(...)") : cronJob;
    }

    @Override
    CronJob with(WorkloadState state) {
        return new CronJob(state, schedule, timeZone, concurrency, successfulHistory, failedHistory,
                startingDeadlineSeconds, job);
    }

    @Override
    String jobSpecPath() {
        return "spec.jobTemplate.spec";
    }

    @Override
    CronJob with(JobSettings settings) {
        return new CronJob(state, schedule, timeZone, concurrency, successfulHistory, failedHistory,
                startingDeadlineSeconds, settings);
    }

    /** {@code spec.timeZone}: the IANA zone the schedule is read in, e.g. {@code Europe/Madrid}; UTC by default. */
    public CronJob timeZone(String zone) {
        if (zone == null) {
            return rememberMissing("spec.timeZone", "timeZone(...)");
        }
        return new CronJob(state, schedule, zone, concurrency, successfulHistory, failedHistory,
                startingDeadlineSeconds, job);
    }

    /** {@code spec.concurrencyPolicy}: what happens when a run is due while the last one still runs. */
    public CronJob concurrency(ConcurrencyPolicy policy) {
        if (policy == null) {
            return rememberMissing("spec.concurrencyPolicy", "concurrency(...)");
        }
        return new CronJob(state, schedule, timeZone, policy, successfulHistory, failedHistory,
                startingDeadlineSeconds, job);
    }

    /** {@code spec.successfulJobsHistoryLimit} and {@code spec.failedJobsHistoryLimit} (Kubernetes: 3 and 1). */
    public CronJob history(int successful, int failed) {
        return new CronJob(state, schedule, timeZone, concurrency, successful, failed, startingDeadlineSeconds, job);
    }

    /** {@code spec.startingDeadlineSeconds}: a run that could not start this long after its time is skipped. */
    public CronJob startingDeadlineSeconds(long seconds) {
        return new CronJob(state, schedule, timeZone, concurrency, successfulHistory, failedHistory, seconds, job);
    }

    /** {@code CronJob}. */
    @Override
    public String kind() {
        return "CronJob";
    }

    @Override
    public List<HasMetadata> render(Model model) {
        io.fabric8.kubernetes.api.model.batch.v1.CronJob rendered = new CronJobBuilder()
                .withMetadata(PodRenderer.metadata(this, model))
                .withNewSpec()
                .withSchedule(schedule)
                .withTimeZone(timeZone)
                .withConcurrencyPolicy(concurrency == null ? null : concurrency.value())
                .withSuccessfulJobsHistoryLimit(successfulHistory)
                .withFailedJobsHistoryLimit(failedHistory)
                .withStartingDeadlineSeconds(startingDeadlineSeconds)
                .withNewJobTemplate().endJobTemplate()
                .endSpec().build();
        // set, not copied: see PodRenderer.template
        rendered.getSpec().getJobTemplate().setSpec(job.render(this, model));
        return List.of(rendered);
    }
}
