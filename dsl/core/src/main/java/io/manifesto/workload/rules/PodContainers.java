package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/** Visits every container of every pod of a resolved set, with the findings scope of its field path. */
final class PodContainers {

    private PodContainers() {
    }

    /**
     * One container where it stands.
     *
     * @param resource  the object that runs it
     * @param pod       its pod template
     * @param scope     findings at {@code <pod spec>.containers[<name>]} (or {@code initContainers[...]})
     * @param container the container
     * @param init      {@code true} for an init container
     */
    record Visit(Resource resource, PodTemplate pod, Findings.On scope, Container container, boolean init) {
    }

    /** Calls {@code check} for each container, then each init container, of each object's pods, in order. */
    static void forEach(ResolvedSet set, Findings findings, Consumer<Visit> check) {
        for (Resource resource : set.workloads()) {
            PodTemplate pod = set.pods(resource).orElseThrow();
            Findings.On spec = findings.on(resource).field(pod.specPath());
            visit(resource, pod, spec, "containers", pod.spec().getContainers(), false, check);
            visit(resource, pod, spec, "initContainers", pod.spec().getInitContainers(), true, check);
        }
    }

    private static void visit(Resource resource, PodTemplate pod, Findings.On spec, String list,
                              List<Container> containers, boolean init, Consumer<Visit> check) {
        if (containers == null) {
            return;
        }
        for (int i = 0; i < containers.size(); i++) {
            Container container = containers.get(i);
            if (container == null) {
                continue;
            }
            check.accept(new Visit(resource, pod, spec.field(list + "[" + key(resource, container, i) + "]"),
                    container, init));
        }
    }

    /**
     * How a field path names the container: by its name, or by its index when it has none; a DSL container without
     * name keeps {@code []}, as the DSL's own checks name it.
     */
    private static String key(Resource resource, Container container, int index) {
        String name = container.getName();
        if (name == null || name.isEmpty() && !resource.origin().isDsl()) {
            return String.valueOf(index);
        }
        return name;
    }

    /** The ports of the pods' containers (not init containers, which serve nothing), in order. */
    static List<ContainerPort> ports(PodTemplate pods) {
        List<Container> containers = pods.spec().getContainers() == null ? List.of() : pods.spec().getContainers();
        return containers.stream().filter(Objects::nonNull).filter(c -> c.getPorts() != null)
                .flatMap(c -> c.getPorts().stream()).filter(Objects::nonNull).toList();
    }

    /** The names of {@code list}'s entries, for a message: {@code [a, b]}. */
    static <T> List<String> names(List<T> list, Function<T, String> name) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).map(name).toList();
    }
}
