package io.manifesto.workload;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * What a Job or CronJob definition may not ask for, because its objects have no field for it: a replica count, or
 * a Service. The rules of the rendered Job (restart policy, schedule, counts) are object rules in
 * {@code io.manifesto.batch.rules}.
 */
public final class BatchDslChecks implements DslRules {

    /** A replica count on a Job or CronJob. */
    public static final RuleInfo REPLICAS = RuleInfo.error("job.replicas", "a Job has no replica count",
            "a Job runs pods to completion (completions and parallelism say how many); it has no spec.replicas, so"
                    + " the count would be dropped without a word");
    /** A Service asked of a Job or CronJob. */
    public static final RuleInfo SERVICE = RuleInfo.error("job.service", "a Job has no Service",
            "a Job's pods run to completion and serve nothing; a Service would have no endpoints most of the time");

    /** The exposure of a Job: no Service. */
    static final Exposure NO_SERVICE = new Exposure(false, ServiceSettings.DEFAULT, List.of());

    @Override
    public List<RuleInfo> rules() {
        return List.of(REPLICAS, SERVICE);
    }

    /** Reports what {@code workload} asks that a Job cannot do; {@code scope} is at the object. */
    static void check(Workload<?> workload, Problems.Scope scope, String specPath) {
        workload.replicas().ifPresent(replicas -> scope.error(REPLICAS.id(), "spec.replicas", replicas,
                "a " + workload.kind() + " runs pods to completion and has no replica count",
                "remove .replicas(" + replicas + "); use .completions(count, parallelism) for several pods"));
        if (workload.exposure().enabled()) {
            scope.error(SERVICE.id(), specPath, workload.exposure().type().toString(),
                    "a " + workload.kind() + " renders no Service: its pods run to completion and serve nothing",
                    "remove .service(...) and .servicePort(...), or run the server as a Deployment");
        }
    }
}
