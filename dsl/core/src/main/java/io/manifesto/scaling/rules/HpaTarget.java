package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The workload an HPA scales: applied with it, of a kind with a scale subresource, and scaled by no other HPA. */
public final class HpaTarget {

    /** The target workload is not among the objects applied. */
    public static final RuleInfo TARGET_MISSING = RuleInfo.error("hpa.target-missing",
            "an HPA scales a workload that is applied with it",
            "an HPA whose scaleTargetRef names no object reports FailedGetScale and scales nothing");
    /** A target that has no scale subresource (a DaemonSet), so the HPA can never scale it. */
    public static final RuleInfo TARGET_KIND = RuleInfo.error("hpa.target-kind",
            "an HPA scales a Deployment or StatefulSet (a kind with a scale subresource)",
            "a DaemonSet, Job, CronJob or Pod has no scale subresource, so the HPA can never scale it");
    /** A second HPA on the same workload. */
    public static final RuleInfo DUPLICATE_TARGET = RuleInfo.error("hpa.duplicate-target",
            "one HPA per workload",
            "with two HPAs on one workload the HPA controller reports AmbiguousSelector and neither scales it");

    static final List<RuleInfo> RULES = List.of(TARGET_MISSING, TARGET_KIND, DUPLICATE_TARGET);

    /** Why the kinds that run pods without a scale subresource cannot be scaled. */
    private static final Map<String, String> UNSCALABLE = Map.of(
            "DaemonSet", "a DaemonSet runs one pod per node and has no scale subresource, so an HPA can never scale it",
            "Job", "a Job runs its pods to completion and has no scale subresource, so an HPA can never scale it",
            "CronJob", "a CronJob starts Jobs on a schedule and has no scale subresource, so an HPA can never scale"
                    + " it",
            "Pod", "a Pod is one pod and has no scale subresource, so an HPA can never scale it");

    private HpaTarget() {
    }

    static void check(ResolvedSet set, Resource hpa, HorizontalPodAutoscalerSpec spec,
                      List<HpaMetricSource> metrics, Findings.On scope) {
        CrossVersionObjectReference ref = spec.getScaleTargetRef();
        if (ref == null || ref.getName() == null || ref.getName().isBlank()) {
            if (scope.dslTerms()) {
                return; // the DSL renders no target name only for hpa(null), which it reports as input.null
            }
            scope.report(TARGET_MISSING, "spec.scaleTargetRef", ref == null ? null : ref.getName(),
                    "an HPA names the workload it scales", Fix.of("set spec.scaleTargetRef to the apiVersion, kind"
                            + " and name of a Deployment or StatefulSet"));
            return;
        }
        String target = ref.getKind() + "/" + ref.getName();
        Optional<Resource> found = set.find(ref.getKind(), hpa.namespace(), ref.getName());
        if (found.isEmpty()) {
            scope.report(TARGET_MISSING, "spec.scaleTargetRef.name", target, Where.has(hpa) + " no " + target,
                    Fix.of("add the workload to the application with .add(...), or target a workload it has",
                            "apply " + target + " with it, or correct spec.scaleTargetRef"));
            return;
        }
        Resource workload = found.get();
        String unscalable = UNSCALABLE.get(workload.kind());
        if (unscalable != null) {
            scope.report(TARGET_KIND, "spec.scaleTargetRef.name", target, unscalable,
                    Fix.of("target a Deployment or StatefulSet instead"));
            return;
        }
        boolean defaultMetric = spec.getMetrics() == null || spec.getMetrics().isEmpty();
        set.pods(workload).ifPresent(pods -> HpaContainers.check(workload, pods, defaultMetric, metrics, scope));
        List<Resource> earlier = Earlier.than(set.hpasTargeting(workload), hpa);
        if (!earlier.isEmpty()) {
            String ids = earlier.stream().map(Resource::toString).collect(Collectors.joining(", "));
            scope.report(DUPLICATE_TARGET, "spec.scaleTargetRef.name", target,
                    Where.already(hpa, "scales ", "scale ") + target
                            + " with " + ids + ", and with two HPAs on one workload the HPA controller reports"
                            + " AmbiguousSelector and neither scales it",
                    Fix.of("remove this HPA, or move its metrics into " + ids));
        }
    }
}
