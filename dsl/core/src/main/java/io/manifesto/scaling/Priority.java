package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.manifesto.core.Model;
import io.manifesto.core.ResourceId;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

import java.util.Objects;

/**
 * Gives a workload's pods a PriorityClass of the application: {@code spec.template.spec.priorityClassName}. Get one
 * from {@link PriorityClass#assign()}, so the name is never typed.
 *
 * @param priorityClass the class, {@code PriorityClass/<name>}
 */
public record Priority(ResourceId priorityClass) implements PodTrait {

    /** Rule id: the PriorityClass is not in the application. */
    public static final String UNKNOWN_CLASS = "priority.unknown-class";

    public Priority {
        Objects.requireNonNull(priorityClass, "priorityClass");
    }

    @Override
    public void validate(Workload<?> workload, Model model, Problems.Scope pod) {
        if (model.component(priorityClass, PriorityClass.class).isEmpty()) {
            pod.error(UNKNOWN_CLASS, "spec.priorityClassName", priorityClass.name(),
                    "the application has no " + priorityClass + ", and the API server rejects pods of a priority"
                            + " class that does not exist",
                    "add the PriorityClass to the application with .add(...)");
        }
    }

    @Override
    public void applyTo(PodTemplateSpec template) {
        template.getSpec().setPriorityClassName(priorityClass.name());
    }
}
