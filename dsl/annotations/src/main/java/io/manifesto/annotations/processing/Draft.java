package io.manifesto.annotations.processing;

import io.manifesto.core.Component;
import io.manifesto.workload.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The DSL definition being mapped from the annotations of one class: a Deployment standing in for the one dekorate
 * writes (same name, container, requests, limits, ports and written replicas), the components the annotations add,
 * where each field came from, and the mistakes found while mapping.
 */
final class Draft {

    private final DekorateApplication application;
    private final Origins origins;
    private final Mistakes mistakes;
    private final List<Component> components = new ArrayList<>();
    private final Set<String> reported = new TreeSet<>();
    private Deployment workload;

    Draft(DekorateApplication application, Deployment workload, Mistakes mistakes) {
        this.application = application;
        this.workload = workload;
        this.mistakes = mistakes;
        this.origins = new Origins(application.view());
    }

    DekorateApplication application() {
        return application;
    }

    Origins origins() {
        return origins;
    }

    Mistakes mistakes() {
        return mistakes;
    }

    /** The stand-in Deployment as the pod-level annotations left it. */
    Deployment workload() {
        return workload;
    }

    /** Changes the stand-in (placement, pod traits); done before any component refers to it. */
    void changeWorkload(UnaryOperator<Deployment> change) {
        workload = change.apply(workload);
    }

    void add(Component component) {
        components.add(component);
    }

    /** Remembers a problem reported on the stand-in (see {@link Rendering#key}), not to report it again. */
    void reported(String key) {
        reported.add(key);
    }

    Set<String> reported() {
        return Set.copyOf(reported);
    }

    List<Component> components() {
        return List.copyOf(components);
    }
}
