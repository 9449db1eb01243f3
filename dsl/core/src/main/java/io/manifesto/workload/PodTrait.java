package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.manifesto.core.Model;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * Something added to a workload's pod template by another concern: placement (tolerations, node selectors,
 * affinity), eviction hints, topology spread, priority. A trait checks itself against the workload it is on and
 * renders into the pod template; it is the only way such concerns reach the pod, so they stay in their own
 * packages.
 */
public interface PodTrait {

    /** Reports problems of this trait on {@code workload}; {@code pod} is scoped at {@code spec.template}. */
    void validate(Workload<?> workload, Model model, Problems.Scope pod);

    /** Adds this trait to the rendered pod template. */
    void applyTo(PodTemplateSpec template);

    /**
     * {@code true} when this trait is the first of {@code group}, the traits of a workload that clash with one
     * another: it reports the clash, the others do not, so that it is reported once. Equal traits count as one
     * (the workload validates each distinct trait once).
     */
    default boolean reportsFor(List<? extends PodTrait> group) {
        return !group.isEmpty() && group.get(0).equals(this);
    }
}
