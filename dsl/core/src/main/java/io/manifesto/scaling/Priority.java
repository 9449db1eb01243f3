package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.manifesto.core.Model;
import io.manifesto.core.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

/**
 * Gives a workload's pods a PriorityClass of the application: {@code spec.template.spec.priorityClassName}. Get one
 * from {@link PriorityClass#assign()}, so the name is never typed.
 *
 * @param priorityClass the class, {@code PriorityClass/<name>}; {@code null} when {@code null} was passed for it,
 *                      which the build reports
 */
public record Priority(ResourceId priorityClass) implements PodTrait {

    /** Rule id: the PriorityClass is not in the application. */
    public static final String UNKNOWN_CLASS = "priority.unknown-class";

    /** The trait giving pods {@code priorityClass}; a {@code null} class is reported when the application is built. */
    public static Priority of(PriorityClass priorityClass) {
        return priorityClass == null ? new Priority(null) : priorityClass.assign();
    }

    @Override
    public void validate(Workload<?> workload, Model model, Problems.Scope pod) {
        if (priorityClass == null) {
            new MissingValue("spec.priorityClassName", "priority(...)").report(pod);
        } else if (model.component(priorityClass).isEmpty()) { // a PriorityClass, or what renders one
            pod.error(UNKNOWN_CLASS, "spec.priorityClassName", priorityClass.name(),
                    "the application has no " + priorityClass + ", and the API server rejects pods of a priority"
                            + " class that does not exist",
                    "add the PriorityClass to the application with .add(...)");
        }
    }

    @Override
    public void applyTo(PodTemplateSpec template) {
        if (priorityClass != null) {
            template.getSpec().setPriorityClassName(priorityClass.name());
        }
    }
}
