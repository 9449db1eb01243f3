package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.manifesto.core.Model;
import io.manifesto.validate.Problems;

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
}
