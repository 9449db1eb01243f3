package io.manifesto.scheduling.rules;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;

import java.util.List;
import java.util.function.Consumer;

/** Visits the pod spec of every object that runs pods, with findings scoped at that pod spec. */
final class PodSpecs {

    private PodSpecs() {
    }

    /**
     * One pod spec.
     *
     * @param resource the object that runs the pods
     * @param pods     its pods
     * @param scope    findings at the pod spec, e.g. {@code spec.template.spec}
     */
    record Visit(Resource resource, PodTemplate pods, Findings.On scope) {

        /** The pod spec. */
        PodSpec spec() {
            return pods.spec();
        }
    }

    /** Calls {@code check} with the pod spec of every object of {@code set} that runs pods, in order. */
    static void forEach(ResolvedSet set, Findings findings, Consumer<Visit> check) {
        for (Resource resource : set.workloads()) {
            set.pods(resource).ifPresent(pods -> check.accept(new Visit(resource, pods,
                    findings.on(resource).field(pods.specPath()))));
        }
    }

    /** {@code list}, or an empty list for {@code null}. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
