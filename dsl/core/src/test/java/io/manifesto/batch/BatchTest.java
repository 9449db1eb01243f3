package io.manifesto.batch;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import io.manifesto.workload.ConcurrencyPolicy;
import io.manifesto.workload.Container;
import io.manifesto.workload.RestartPolicy;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

class BatchTest {

    private static Container export() {
        return container("export").image("shop/export:2.0.1").requests(cpu("100m"), memory("128Mi"));
    }

    @Test
    void rendersACronJobWithItsScheduleZoneAndJobTemplate() {
        var nightly = cronJob("nightly-export", "0 3 * * *").timeZone("Europe/Madrid")
                .concurrency(ConcurrencyPolicy.FORBID).history(3, 1).backoffLimit(2).ttlSecondsAfterFinished(3600)
                .container(export());
        var app = application("shop").add(nightly).build();
        assertThat(app.toYaml()).contains("""
                spec:
                  concurrencyPolicy: Forbid
                  failedJobsHistoryLimit: 1
                  jobTemplate:
                    spec:
                      backoffLimit: 2
                      template:
                """).contains("""
                          restartPolicy: Never
                """).contains("""
                      ttlSecondsAfterFinished: 3600
                  schedule: 0 3 * * *
                  successfulJobsHistoryLimit: 3
                  timeZone: Europe/Madrid
                """);
        assertThat(app.toYaml()).doesNotContain("kind: Service\n").doesNotContain("selector");
        assertThat(app.report().warnings()).isEmpty();
    }

    @Test
    void rendersAJobThatRestartsOnFailure() {
        var migrate = job("migrate").restartPolicy(RestartPolicy.ON_FAILURE).completions(1, 1).container(export());
        assertThat(application("shop").add(migrate).build().toYaml()).contains("kind: Job\n")
                .contains("      restartPolicy: OnFailure\n").contains("  completions: 1\n");
    }

    @Test
    void rejectsAScheduleAZoneAndCountsTheApiServerRejects() {
        var nightly = cronJob("nightly", "0 25 * * *").timeZone("Madrid").history(-1, 1).container(export());
        assertThat(problemsOf(application("shop").add(nightly))).containsExactly(
                "error CronJob/nightly spec.schedule = \"0 25 * * *\": the hour field \"25\" is not *, a value from 0"
                        + " to 23, a range a-b, a list a,b or a step /n. Fix: write five fields, minute hour"
                        + " day-of-month month day-of-week, e.g. \"0 3 * * *\" for 03:00 every day, and the zone in"
                        + " timeZone. [cronjob.schedule]",
                "error CronJob/nightly spec.timeZone = \"Madrid\": is not an IANA time zone name. Fix: use a name such"
                        + " as \"Europe/Madrid\" or \"Etc/UTC\". [cronjob.time-zone]",
                "error CronJob/nightly spec.successfulJobsHistoryLimit = \"-1\": cannot be negative. Fix: use 0 or"
                        + " more. [job.negative]");
    }

    @Test
    void rejectsATimeZoneInsideTheScheduleAndAWrongFieldCount() {
        assertThat(problemsOf(application("shop").add(cronJob("a", "TZ=Europe/Madrid 0 3 * * *").container(export()),
                cronJob("b", "0 3 * *").container(export())))).containsExactly(
                "error CronJob/a spec.schedule = \"TZ=Europe/Madrid 0 3 * * *\": a time zone inside the schedule is"
                        + " rejected by the API server; the CronJob's timeZone field sets it. Fix: write five fields,"
                        + " minute hour day-of-month month day-of-week, e.g. \"0 3 * * *\" for 03:00 every day, and the"
                        + " zone in timeZone. [cronjob.schedule]",
                "error CronJob/b spec.schedule = \"0 3 * *\": has 4 fields, and a schedule has five: minute hour"
                        + " day-of-month month day-of-week. Fix: write five fields, minute hour day-of-month month"
                        + " day-of-week, e.g. \"0 3 * * *\" for 03:00 every day, and the zone in timeZone."
                        + " [cronjob.schedule]");
    }

    @Test
    void acceptsNamesStepsRangesListsAndDescriptors() {
        for (String schedule : new String[]{"*/15 9-17 * * MON-FRI", "0 0 1,15 JAN,jul ?", "@daily", "@Hourly",
                "5 4 * * 0"}) {
            var app = application("shop").add(cronJob("c", schedule).container(export())).build();
            assertThat(app.report().warnings()).as(schedule).isEmpty();
        }
    }

    @Test
    void rejectsAReplicaCountAndAServiceOnAJob() {
        var migrate = job("migrate").replicas(2).service(io.manifesto.workload.ServiceType.CLUSTER_IP)
                .container(export().port("http", 8080));
        assertThat(problemsOf(application("shop").add(migrate))).containsExactly(
                "error Job/migrate spec.replicas = \"2\": a Job runs pods to completion and has no replica count. Fix:"
                        + " remove .replicas(2); use .completions(count, parallelism) for several pods. [job.replicas]",
                "error Job/migrate spec = \"CLUSTER_IP\": a Job renders no Service: its pods run to completion and"
                        + " serve nothing. Fix: remove .service(...) and .servicePort(...), or run the server as a"
                        + " Deployment. [job.service]");
    }

    @Test
    void rejectsAJobInYamlWhosePodsWouldRestartAlways() {
        var report = Lint.yaml("job.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate}
                spec:
                  activeDeadlineSeconds: 0
                  template:
                    spec:
                      containers: [{name: migrate, image: "shop/migrate:1.0.0"}]
                """);
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "job.yaml:5: error Job/migrate spec.activeDeadlineSeconds = \"0\": must be above 0. Fix: give the Job"
                        + " at least 1 second, or leave the deadline out. [job.negative]",
                "job.yaml:7: error Job/migrate spec.template.spec.restartPolicy = \"<none>\": a Job's pods must restart"
                        + " Never or OnFailure. Fix: set restartPolicy: Never (a new pod per try) or OnFailure."
                        + " [job.restart-policy]");
    }
}
