package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;
import java.util.Optional;

/**
 * A StatefulSet's governing Service ({@code spec.serviceName}), when the set holds it, is headless and selects the
 * StatefulSet's pods: other Services (a client ClusterIP Service, a load balancer) may select the same pods beside it.
 * A Service the set does not hold may exist in the cluster, so it is not checked.
 */
public final class GoverningServiceRules implements RuleSet {

    /** A governing Service that is not headless, or does not select the StatefulSet's pods. */
    public static final RuleInfo GOVERNING_SERVICE = RuleInfo.error("statefulset.governing-service",
            "a StatefulSet's governing Service is headless and selects its pods",
            "DNS publishes each pod's own name (db-0.db) only through a headless Service (clusterIP: None) of the"
                    + " StatefulSet's serviceName that selects the pod: a ClusterIP Service of that name gives the pods"
                    + " no names of their own");

    @Override
    public List<RuleInfo> rules() {
        return List.of(GOVERNING_SERVICE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("StatefulSet")) {
            if (!(resource.object() instanceof StatefulSet statefulSet) || statefulSet.getSpec() == null
                    || statefulSet.getSpec().getServiceName() == null) {
                continue;
            }
            String name = statefulSet.getSpec().getServiceName();
            Optional<Resource> governing = set.find("Service", resource.namespace(), name)
                    .filter(found -> found.object() instanceof Service);
            if (governing.isEmpty()) {
                continue;
            }
            Service service = (Service) governing.get().object();
            Findings.On scope = findings.on(resource);
            if (service.getSpec() == null || !"None".equals(service.getSpec().getClusterIP())) {
                scope.report(GOVERNING_SERVICE, "spec.serviceName", name, "Service/" + name + ", which governs the"
                                + " pods, is not headless, so DNS publishes no name of their own (" + resource.name()
                                + "-0." + name + ")",
                        Fix.of("make Service/" + name + " headless (clusterIP: None), and give clients a Service of"
                                + " another name"));
            } else if (set.workloadsSelectedBy(governing.get()).stream().noneMatch(selected -> selected == resource)) {
                scope.report(GOVERNING_SERVICE, "spec.serviceName", name, "Service/" + name + ", which governs the"
                                + " pods, does not select them, so DNS publishes no name of their own",
                        Fix.of("make the selector of Service/" + name + " match the pod labels of " + resource));
            }
        }
    }
}
