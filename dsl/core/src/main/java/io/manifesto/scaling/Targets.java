package io.manifesto.scaling;

import io.manifesto.core.Component;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.DaemonSet;
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** {@code true} for a DaemonSet: it runs one pod per node and has neither a replica count nor a scale. */
    static boolean isDaemonSet(Workload<?> workload) {
        return workload instanceof DaemonSet;
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

    /** The HPAs of the application that scale {@code workload}. */
    static List<HorizontalPodAutoscaler> autoscalers(Model model, ResourceId workload) {
        return on(model, HorizontalPodAutoscaler.class, HorizontalPodAutoscaler::target, workload);
    }

    /** The components of {@code type} of the application that act on {@code target}, in the order added. */
    static <T extends Component> List<T> on(Model model, Class<T> type, Function<T, ResourceId> targetOf,
                                            ResourceId target) {
        return model.components(type).stream().filter(c -> targetOf.apply(c).equals(target)).toList();
    }

    /**
     * The components of {@code self}'s type that act on its target and come before it: those it repeats, for the
     * rules that allow one such resource per workload and report on each after the first.
     */
    static <T extends Component> List<T> earlierOnSameTarget(Model model, Class<T> type,
                                                             Function<T, ResourceId> targetOf, T self) {
        return before(on(model, type, targetOf, targetOf.apply(self)), self);
    }

    /**
     * The elements of {@code components} before the first that is {@code self} (compared by identity): those that
     * {@code self} repeats, when the list holds the ones that clash with it. Empty when {@code self} comes first
     * or is not in the list.
     */
    static <T> List<T> before(List<T> components, Object self) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i) == self) {
                return components.subList(0, i);
            }
        }
        return List.of();
    }

    /** The ids of {@code components}, for messages: {@code Kind/name, Kind/name}. */
    static String ids(List<? extends Component> components) {
        return components.stream().flatMap(c -> c.ids().stream()).map(ResourceId::toString)
                .collect(Collectors.joining(", "));
    }

    /**
     * The fewest replicas the workload runs: the minReplicas of the HPA that owns it (1 when unset, the Kubernetes
     * default), otherwise its {@code spec.replicas} (1 when unset, the Kubernetes default).
     */
    static int minimumReplicas(Model model, Workload<?> workload) {
        return autoscalers(model, workload.id()).stream().findFirst()
                .map(HorizontalPodAutoscaler::effectiveMinReplicas)
                .orElseGet(() -> workload.replicas().orElse(1));
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
