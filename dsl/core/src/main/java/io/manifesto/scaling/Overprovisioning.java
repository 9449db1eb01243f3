package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Component;
import io.manifesto.core.Model;
import io.manifesto.core.ResourceId;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.resources.ResourceName;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Container;
import io.manifesto.workload.Deployment;

import java.util.ArrayList;
import java.util.List;

/**
 * Headroom for fast scale-out: a low-priority placeholder that keeps spare capacity warm. Renders a PriorityClass of
 * negative {@code value} (default {@value #DEFAULT_PRIORITY}) and a Deployment of {@code replicas} pause containers
 * ({@value #PAUSE_IMAGE}) that request {@code cpu}/{@code memory} and run at that priority.
 *
 * <p>How the cluster autoscaler uses it: the placeholder pods occupy room on the nodes like any pod, so the
 * autoscaler keeps (or adds) nodes for them. When a real pod (priority 0 by default, or higher) does not fit, the
 * scheduler preempts placeholder pods, and the real pod starts at once on the freed room instead of waiting minutes
 * for a new node. The evicted placeholders become pending, and the autoscaler adds a node for them in the
 * background: the headroom is rebuilt. The headroom is {@code replicas × requests}; size one placeholder like the
 * pods it stands in for. The priority must be negative (below the real pods) but not below the autoscaler's
 * {@code --expendable-pods-priority-cutoff} (-10 by default): pods below the cut-off are "expendable", and the
 * autoscaler adds no node for them, which would leave no headroom at all.
 */
public final class Overprovisioning implements Component {

    /** The pause image the placeholders run: it sleeps and uses nothing beyond its requests. */
    public static final String PAUSE_IMAGE = "registry.k8s.io/pause:3.10";
    /** The placeholder's priority unless set: the cluster autoscaler's default expendable cut-off. */
    public static final int DEFAULT_PRIORITY = -10;
    /** The cluster autoscaler's default {@code --expendable-pods-priority-cutoff}. */
    public static final int AUTOSCALER_CUTOFF = -10;

    /** Rule id: fewer than one placeholder replica. */
    public static final String REPLICAS = "overprovisioning.replicas";
    /** Rule id: placeholders that request neither CPU nor memory, so they reserve nothing. */
    public static final String REQUESTS = "overprovisioning.requests";
    /** Rule id: a priority of 0 or more, which real pods cannot preempt. */
    public static final String PRIORITY = "overprovisioning.priority";
    /** Rule id (warning): a priority below the cluster autoscaler's default expendable cut-off. */
    public static final String EXPENDABLE = "overprovisioning.expendable";

    private static final String REQUESTS_FIELD = "spec.template.spec.containers[pause].resources.requests";

    private final String name;
    private final int replicas;
    private final int priority;
    private final List<ResourceAmount> requests;
    private final Nulls missing;

    private Overprovisioning(String name, int replicas, int priority, List<ResourceAmount> requests, Nulls missing) {
        this.name = name == null ? "" : name;
        this.replicas = replicas;
        this.priority = priority;
        this.requests = List.copyOf(requests);
        this.missing = missing;
    }

    /**
     * A placeholder named {@code name}: the PriorityClass and the Deployment both get this name. One replica and
     * priority {@value #DEFAULT_PRIORITY} until set; set the requests.
     */
    public static Overprovisioning named(String name) {
        return new Overprovisioning(name, 1, DEFAULT_PRIORITY, List.of(), Nulls.NONE);
    }

    /** The Deployment's {@code spec.replicas}: how many placeholder pods. */
    public Overprovisioning replicas(int replicas) {
        return new Overprovisioning(name, replicas, priority, requests, missing);
    }

    /** What each placeholder pod requests ({@code resources.requests}), e.g. {@code cpu("1"), memory("2Gi")}. */
    public Overprovisioning requests(ResourceAmount... amounts) {
        return new Overprovisioning(name, replicas, priority, Nulls.appendAll(requests, amounts),
                missing.rememberAny(amounts, REQUESTS_FIELD, "requests(...)"));
    }

    /** The PriorityClass's {@code value}: negative, and at least -10 for the autoscaler to act on it. */
    public Overprovisioning priority(int value) {
        return new Overprovisioning(name, replicas, value, requests, missing);
    }

    /** The placeholder PriorityClass. */
    public PriorityClass priorityClass() {
        return PriorityClass.named(name, priority).preemptionPolicy(PreemptionPolicy.NEVER)
                .description("Placeholder pods that keep headroom for scale-out; every other pod preempts them.");
    }

    /** The placeholder Deployment, whose pods run at {@link #priorityClass()} ({@code priorityClassName}). */
    public Deployment deployment() {
        return Deployment.named(name)
                .replicas(replicas)
                .with(priorityClass().assign())
                .container(Container.named("pause").image(PAUSE_IMAGE)
                        .requests(requests.toArray(ResourceAmount[]::new)))
                .terminationGracePeriodSeconds(0);
    }

    @Override
    public List<ResourceId> ids() {
        return List.of(priorityClass().id(), deployment().id());
    }

    @Override
    public void validate(Model model, Problems problems) {
        priorityClass().validate(model, problems);
        deployment().validate(model, problems);
        Problems.Scope deployment = problems.at(deployment().id().toString());
        missing.report(deployment);
        if (replicas < 1) {
            deployment.error(REPLICAS, "spec.replicas", replicas, "a placeholder without replicas keeps no headroom",
                    "use 1 or more; the headroom is replicas × requests");
        }
        boolean reserves = requests.stream()
                .anyMatch(r -> r.resource() == ResourceName.CPU || r.resource() == ResourceName.MEMORY);
        if (!reserves) {
            deployment.error(REQUESTS, REQUESTS_FIELD, null,
                    "a placeholder reserves exactly what it requests, and this one requests neither CPU nor memory",
                    "size it like the pods it stands in for, e.g. .requests(cpu(\"1\"), memory(\"2Gi\"))");
        }
        Problems.Scope priorityClass = problems.at(priorityClass().id().toString());
        if (priority >= 0) {
            priorityClass.error(PRIORITY, "value", priority,
                    "placeholder pods must have a priority below that of real pods (0 by default), or nothing"
                            + " preempts them",
                    "use a negative priority, e.g. " + DEFAULT_PRIORITY);
        } else if (priority < AUTOSCALER_CUTOFF) {
            priorityClass.warning(EXPENDABLE, "value", priority,
                    "the cluster autoscaler treats pods below its --expendable-pods-priority-cutoff (" + AUTOSCALER_CUTOFF
                            + " by default) as expendable and adds no node for them, so no headroom is kept",
                    "use a priority from " + AUTOSCALER_CUTOFF + " to -1, or lower the autoscaler's cut-off");
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        List<HasMetadata> objects = new ArrayList<>(priorityClass().render(model));
        objects.addAll(deployment().render(model));
        return objects;
    }
}
