package io.manifesto.scaling;

import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Optional;

/**
 * How scaling resources find the workload they act on and the replica counts it runs at, and the checks they share.
 */
final class Targets {

    private Targets() {
    }

    /**
     * The workload {@code target} of the application, or an error on {@code field} of {@code scope} naming the
     * fix when the application does not contain it ({@code missingRule}) or it is of a kind {@code kinds} does not
     * accept ({@code kinds.rule()}); the workload is then empty, so the checks that need it are skipped.
     */
    static Optional<Workload<?>> find(Model model, ResourceId target, Problems.Scope scope, String field,
                                      String missingRule, Kinds kinds) {
        return check(workload(model, target), target, scope, field, missingRule, kinds);
    }

    /** The workload {@code id} of the application, if it has one; nothing is reported. */
    static Optional<Workload<?>> workload(Model model, ResourceId id) {
        @SuppressWarnings("unchecked")
        Optional<Workload<?>> workload = model.component(id, Workload.class).map(w -> (Workload<?>) w);
        return workload;
    }

    /**
     * {@code workload}, the result of looking up {@code target}, checked as {@link #find} does: for a caller that
     * needs the workload before it may report on it.
     */
    static Optional<Workload<?>> check(Optional<Workload<?>> workload, ResourceId target, Problems.Scope scope,
                                       String field, String missingRule, Kinds kinds) {
        if (workload.isEmpty()) {
            scope.error(missingRule, field, target, "the application has no " + target,
                    "add the workload to the application with .add(...), or target a workload it has");
            return workload;
        }
        if (!kinds.accepted().contains(target.kind())) {
            scope.error(kinds.rule(), field, target, kinds.reason(),
                    "target a " + String.join(" or ", kinds.accepted()) + " instead");
            return Optional.empty();
        }
        return workload;
    }

    /**
     * What a scaling resource acts on when {@code null} was passed for its workload, which its {@link Nulls} report:
     * a Deployment without name, so that comparing targets needs no null check. Compared by identity.
     */
    static final ResourceId NONE = new ResourceId("Deployment", "");

    /** The id of {@code workload}; {@link #NONE} for a {@code null}, which the caller remembers in its Nulls. */
    static ResourceId idOf(Workload<?> workload) {
        return workload == null ? NONE : workload.id();
    }

    /**
     * Checks {@code name} ({@code metadata.name}) unless it is empty only because it would have come from a missing
     * workload ({@code target} is {@link #NONE}), which is reported as {@code input.null}: one mistake, one problem.
     */
    static void checkName(ResourceId target, String name, Problems.Scope scope) {
        if (target != NONE || !name.isEmpty()) {
            Names.checkDns1123Subdomain(scope, "metadata.name", name);
        }
    }

    /**
     * The workload kinds a scaling resource acts on, and what it reports for another kind.
     *
     * @param accepted the kinds, e.g. {@code Deployment}
     * @param rule     the rule id for another kind
     * @param reason   why another kind does not work, the problem's message
     */
    record Kinds(List<String> accepted, String rule, String reason) {

        /** Every workload kind: Deployment, StatefulSet and DaemonSet. */
        static final Kinds ANY = new Kinds(List.of("Deployment", "StatefulSet", "DaemonSet"), "", "");
    }
}
