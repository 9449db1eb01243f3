package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two workloads of one name and different kinds in one namespace, whose selectors pick each other's pods. */
public final class WorkloadNameRules implements RuleSet {

    /** Two workloads of different kinds with one name, selecting each other's pods. */
    public static final RuleInfo DUPLICATE_NAME = RuleInfo.error("workload.duplicate-name",
            "workloads of different kinds with one name do not share their selector labels",
            "a Service, disruption budget or autoscaler meant for one selects the pods of both, so traffic and"
                    + " evictions reach pods of the other workload");

    @Override
    public List<RuleInfo> rules() {
        return List.of(DUPLICATE_NAME);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        Map<String, Resource> first = new HashMap<>();
        for (Resource workload : set.workloads()) {
            Resource earlier = first.putIfAbsent(workload.namespace() + '\u0000' + workload.name(), workload);
            if (earlier == null || earlier.kind().equals(workload.kind())
                    || !selects(earlier, set.pods(workload).orElseThrow())
                    && !selects(workload, set.pods(earlier).orElseThrow())) {
                continue;
            }
            String name = workload.name();
            findings.on(workload).report(DUPLICATE_NAME, "metadata.name", name, findings.on(workload).dslTerms()
                            ? earlier + " has the same name, so the pods of both carry the selector labels"
                            + " app.kubernetes.io/name: " + name + " and the same instance, and the Service or"
                            + " disruption budget of either one selects the pods of both"
                            : earlier + " has the same name and the selector of one selects the pods of the other, so"
                            + " a Service or disruption budget of either one selects the pods of both",
                    Fix.of("rename one of them", "rename one of them, and give each its own selector labels"));
        }
    }

    /** {@code true} when {@code workload} has a selector and {@code pods} carry every label it matches. */
    private static boolean selects(Resource workload, PodTemplate pods) {
        Map<String, String> labels = matchLabels(workload.object());
        return !labels.isEmpty() && pods.labels().entrySet().containsAll(labels.entrySet());
    }

    private static Map<String, String> matchLabels(HasMetadata object) {
        LabelSelector selector = null;
        if (object instanceof Deployment d && d.getSpec() != null) {
            selector = d.getSpec().getSelector();
        } else if (object instanceof StatefulSet s && s.getSpec() != null) {
            selector = s.getSpec().getSelector();
        } else if (object instanceof DaemonSet d && d.getSpec() != null) {
            selector = d.getSpec().getSelector();
        } else if (object instanceof ReplicaSet r && r.getSpec() != null) {
            selector = r.getSpec().getSelector();
        }
        return selector == null || selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    }
}
