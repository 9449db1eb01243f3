package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Optional;

/**
 * Gives a workload's pods a PriorityClass: {@code spec.template.spec.priorityClassName}. Get one from
 * {@link PriorityClass#assign()} for a class of the application, so the name is never typed, or from
 * {@link PriorityClass#existing(String)} for a class the cluster already has (a built-in {@code system-} class, or
 * one the platform team installed).
 *
 * @param priorityClass the class, {@code PriorityClass/<name>}; {@code null} when {@code null} was passed for it,
 *                      which the build reports
 * @param existing      {@code true} for a class that exists in the cluster: the application need not contain it
 */
public record Priority(ResourceId priorityClass, boolean existing) implements PodTrait {

    /** Rule id: the PriorityClass is not in the application. */
    public static final String UNKNOWN_CLASS = "priority.unknown-class";
    /**
     * Rule id: the workload is given two different priority classes; {@code priorityClassName} holds one, so the
     * last would silently win.
     */
    public static final String CONFLICTING = "priority.conflicting";

    /** The trait giving pods {@code priorityClass}, a class of the application ({@code existing} is false). */
    public Priority(ResourceId priorityClass) {
        this(priorityClass, false);
    }

    /** The trait giving pods {@code priorityClass}; a {@code null} class is reported when the application is built. */
    public static Priority of(PriorityClass priorityClass) {
        return priorityClass == null ? new Priority(null) : priorityClass.assign();
    }

    @Override
    public void validate(Workload<?> workload, Model model, Problems.Scope pod) {
        checkConflicts(workload, pod);
        if (priorityClass == null) {
            new MissingValue("spec.priorityClassName", existing ? "PriorityClass.existing(...)" : "priority(...)")
                    .report(pod);
        } else if (existing) {
            Names.checkDns1123Subdomain(pod, "spec.priorityClassName", priorityClass.name());
        } else if (model.component(priorityClass).isEmpty()) { // a PriorityClass, or what renders one
            pod.error(UNKNOWN_CLASS, "spec.priorityClassName", priorityClass.name(),
                    "the application has no " + priorityClass + ", and the API server rejects pods of a priority"
                            + " class that does not exist",
                    "add the PriorityClass to the application with .add(...), or refer to a class the cluster"
                            + " already has with PriorityClass.existing(\"" + priorityClass.name() + "\")");
        }
    }

    /**
     * The priority whose class {@code workload}'s pods get ({@code spec.template.spec.priorityClassName}): the last
     * one given with a class, as each one rendered overwrites the one before; empty when none is given.
     */
    static Optional<Priority> effective(Workload<?> workload) {
        return workload.traits(Priority.class).stream().filter(p -> p.priorityClass != null)
                .reduce((first, second) -> second);
    }

    /** Reported once, by the first priority of the workload; the rendered name is the last one's. */
    private void checkConflicts(Workload<?> workload, Problems.Scope pod) {
        List<Priority> given = workload.traits(Priority.class).stream().filter(p -> p.priorityClass != null).toList();
        List<String> names = given.stream().map(p -> p.priorityClass.name()).distinct().toList();
        if (names.size() > 1 && reportsFor(given)) {
            String last = effective(workload).orElseThrow().priorityClass.name();
            pod.error(CONFLICTING, "spec.priorityClassName", last,
                    "the pods are given the priority classes " + String.join(" and ", names) + ", and"
                            + " priorityClassName holds one, so only the last, " + last + ", would be kept",
                    "keep one .with(priority(...)) on " + workload.id());
        }
    }

    @Override
    public void applyTo(PodTemplateSpec template) {
        if (priorityClass != null) {
            template.getSpec().setPriorityClassName(priorityClass.name());
        }
    }
}
