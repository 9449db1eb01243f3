package io.manifesto.batch.rules;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jobs and CronJobs: a restart policy a Job accepts, counts that are not negative, a schedule and zone that parse. */
public final class BatchRules implements RuleSet {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    /** A Job pod template whose restart policy is Always, or unset. */
    public static final RuleInfo RESTART_POLICY = RuleInfo.error("job.restart-policy",
            "a Job's pods restart Never or OnFailure",
            "the API server rejects a Job whose pods would restart Always (the default when unset): they would"
                    + " never complete");
    /** A negative count or duration on a Job or CronJob. */
    public static final RuleInfo NEGATIVE = RuleInfo.error("job.negative",
            "a Job's and a CronJob's counts and durations are not negative",
            "the API server rejects negative backoffLimit, completions, parallelism, ttlSecondsAfterFinished,"
                    + " history limits and deadlines, and a zero activeDeadlineSeconds");
    /** A CronJob schedule the controller cannot parse. */
    public static final RuleInfo SCHEDULE = RuleInfo.error("cronjob.schedule",
            "a CronJob's schedule is five cron fields or a descriptor such as @daily",
            "the API server rejects a schedule the cron parser cannot read, and a time zone written inside it");
    /** A CronJob time zone that is not an IANA zone. */
    public static final RuleInfo TIME_ZONE = RuleInfo.error("cronjob.time-zone",
            "a CronJob's timeZone is an IANA time zone name",
            "the API server rejects a zone its time zone database does not have, such as CET+1 or Madrid");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RESTART_POLICY, NEGATIVE, SCHEDULE, TIME_ZONE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource job : set.ofKind("Job")) {
            if (job.object() instanceof Job typed && typed.getSpec() != null) {
                checkJob(set, findings.on(job), job, "spec", typed.getSpec());
            }
        }
        for (Resource cronJob : set.ofKind("CronJob")) {
            if (cronJob.object() instanceof CronJob typed && typed.getSpec() != null) {
                CronJobSpec spec = typed.getSpec();
                Findings.On scope = findings.on(cronJob);
                checkSchedule(scope, spec);
                Map<String, Number> counts = new LinkedHashMap<>();
                counts.put("successfulJobsHistoryLimit", spec.getSuccessfulJobsHistoryLimit());
                counts.put("failedJobsHistoryLimit", spec.getFailedJobsHistoryLimit());
                counts.put("startingDeadlineSeconds", spec.getStartingDeadlineSeconds());
                checkCounts(scope.field("spec"), counts);
                if (spec.getJobTemplate() != null && spec.getJobTemplate().getSpec() != null) {
                    checkJob(set, scope, cronJob, "spec.jobTemplate.spec", spec.getJobTemplate().getSpec());
                }
            }
        }
    }

    private static void checkSchedule(Findings.On scope, CronJobSpec spec) {
        String schedule = spec.getSchedule();
        if (schedule == null || schedule.isBlank()) {
            scope.report(SCHEDULE, "spec.schedule", schedule, "a CronJob needs a schedule",
                    Fix.of("pass one to cronJob(name, \"0 3 * * *\")", "set spec.schedule, e.g. \"0 3 * * *\""));
        } else {
            CronSchedule.problem(schedule).ifPresent(problem -> scope.report(SCHEDULE, "spec.schedule", schedule,
                    problem, Fix.of("write five fields, minute hour day-of-month month day-of-week, e.g."
                            + " \"0 3 * * *\" for 03:00 every day, and the zone in timeZone")));
        }
        String zone = spec.getTimeZone();
        if (zone != null && !ZONES.contains(zone)) {
            scope.report(TIME_ZONE, "spec.timeZone", zone, "is not an IANA time zone name",
                    Fix.of("use a name such as \"Europe/Madrid\" or \"Etc/UTC\""));
        }
    }

    private static void checkJob(ResolvedSet set, Findings.On scope, Resource resource, String path, JobSpec spec) {
        Map<String, Number> counts = new LinkedHashMap<>();
        counts.put("backoffLimit", spec.getBackoffLimit());
        counts.put("completions", spec.getCompletions());
        counts.put("parallelism", spec.getParallelism());
        counts.put("ttlSecondsAfterFinished", spec.getTtlSecondsAfterFinished());
        checkCounts(scope.field(path), counts);
        Long deadline = spec.getActiveDeadlineSeconds();
        if (deadline != null && deadline <= 0) {
            scope.field(path).report(NEGATIVE, "activeDeadlineSeconds", deadline, "must be above 0",
                    Fix.of("give the Job at least 1 second, or leave the deadline out"));
        }
        PodTemplate pods = set.pods(resource).orElse(null);
        String policy = pods == null ? null : pods.spec().getRestartPolicy();
        if (pods != null && !"Never".equals(policy) && !"OnFailure".equals(policy)) {
            scope.report(RESTART_POLICY, pods.specPath() + ".restartPolicy", policy,
                    "a Job's pods must restart Never or OnFailure",
                    Fix.of(".restartPolicy(RestartPolicy.NEVER) or ON_FAILURE",
                            "set restartPolicy: Never (a new pod per try) or OnFailure"));
        }
    }

    private static void checkCounts(Findings.On scope, Map<String, Number> counts) {
        counts.forEach((field, value) -> {
            if (value != null && value.longValue() < 0) {
                scope.report(NEGATIVE, field, value, "cannot be negative", Fix.of("use 0 or more"));
            }
        });
    }
}
