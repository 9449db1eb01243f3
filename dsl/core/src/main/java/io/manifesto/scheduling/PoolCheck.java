package io.manifesto.scheduling;

import io.manifesto.core.Model;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Workload;

/**
 * A rule that a node pool imposes on the pods that can be placed on it, such as "AKS virtual nodes v1 cannot run
 * init containers". A placement runs each check of the pools its pods can land on, once per workload even when
 * several of those pools share it.
 */
@FunctionalInterface
public interface PoolCheck {

    /**
     * Reports what {@code workload} cannot do on {@code pool}; {@code pod} is scoped at {@code spec.template}.
     *
     * @param placement the placement that lets the pods land on {@code pool}
     */
    void check(Workload<?> workload, Placement placement, NodePool pool, Model model, Problems.Scope pod);
}
