package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Component;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.resources.ResourceName;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.NodePools;
import io.manifesto.scheduling.NodeRequirement;
import io.manifesto.scheduling.Placement;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Container;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * pods it stands in for, best with {@link #roomFor(Workload, int)}, which takes the requests and the node placement
 * from the workload itself, so that the two cannot drift apart. The priority must be negative (below the real pods)
 * but not below the autoscaler's {@code --expendable-pods-priority-cutoff} (-10 by default): pods below the cut-off
 * are "expendable", and the autoscaler adds no node for them, which would leave no headroom at all.
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
    /** Rule id: the workload given to {@link #roomFor(Workload, int)} is not in the application. */
    public static final String TARGET_MISSING = "overprovisioning.target-missing";
    /**
     * Rule id (warning): the pods of the workload given to {@link #roomFor(Workload, int)} cannot preempt the
     * placeholders, as their priority is not above the placeholders' or their PriorityClass never preempts: they
     * never get the room kept for them.
     */
    public static final String CANNOT_PREEMPT = "overprovisioning.cannot-preempt";
    /**
     * Rule id (warning): the workload given to {@link #roomFor(Workload, int)} runs only on AKS virtual nodes, where
     * ACI starts each pod on demand: there is no node to keep warm.
     */
    public static final String VIRTUAL_NODES = "overprovisioning.virtual-nodes";

    private static final String REQUESTS_FIELD = "spec.template.spec.containers[pause].resources.requests";

    private final String name;
    private final int replicas;
    private final int priority;
    private final List<ResourceAmount> requests;
    // The workload whose pods the placeholders stand in for; null when not set, Targets.NONE after roomFor(null).
    private final ResourceId sizedLike;
    private final Nulls missing;

    private Overprovisioning(String name, int replicas, int priority, List<ResourceAmount> requests,
                             ResourceId sizedLike, Nulls missing) {
        this.name = name == null ? "" : name;
        this.replicas = replicas;
        this.priority = priority;
        this.requests = List.copyOf(requests);
        this.sizedLike = sizedLike;
        this.missing = missing;
    }

    /**
     * A placeholder named {@code name}: the PriorityClass and the Deployment both get this name. One replica and
     * priority {@value #DEFAULT_PRIORITY} until set; size it with {@link #roomFor} or {@link #requests}.
     */
    public static Overprovisioning named(String name) {
        return new Overprovisioning(name, 1, DEFAULT_PRIORITY, List.of(), null,
                Nulls.ofName(name, "overprovisioning(...)"));
    }

    /** The Deployment's {@code spec.replicas}: how many placeholder pods. */
    public Overprovisioning replicas(int replicas) {
        return new Overprovisioning(name, replicas, priority, requests, sizedLike, missing);
    }

    /**
     * Room for {@code pods} more pods of {@code workload}: {@code pods} placeholder pods ({@code spec.replicas}),
     * each requesting what one pod of the workload requests ({@code resources.requests}: its containers' requests
     * summed, or its largest init container's if that is more; a limit counts where no request is set), and placed
     * like them: the workload's tolerations, node selector and node affinity ({@code tolerations},
     * {@code nodeSelector}, {@code affinity.nodeAffinity}), as a pod preempts only on nodes it may run on. Placeholders
     * of a workload that may overflow onto on-demand nodes (AKS virtual nodes, see {@link NodePool#onDemand}) are kept
     * off them by a required node affinity term: the autoscaler keeps no node for a placeholder that ACI runs.
     * Only the workload's kind and name are kept, and its pods are read when the application is built: the
     * application must contain it, and the placeholder follows its requests and placement as they change. A
     * {@link #requests} amount replaces the workload's for its resource. The workload's priority must be above the
     * placeholders' ({@value #CANNOT_PREEMPT} otherwise).
     */
    public Overprovisioning roomFor(Workload<?> workload, int pods) {
        return new Overprovisioning(name, pods, priority, requests, Targets.idOf(workload),
                missing.remember(workload, REQUESTS_FIELD, "roomFor(...)"));
    }

    /**
     * What each placeholder pod requests ({@code resources.requests}), e.g. {@code cpu("1"), memory("2Gi")}; with
     * {@link #roomFor}, the amounts that differ from the workload's.
     */
    public Overprovisioning requests(ResourceAmount... amounts) {
        return new Overprovisioning(name, replicas, priority, Nulls.appendAll(requests, amounts), sizedLike,
                missing.rememberAny(amounts, REQUESTS_FIELD, "requests(...)"));
    }

    /** The PriorityClass's {@code value}: negative, and at least -10 for the autoscaler to act on it. */
    public Overprovisioning priority(int value) {
        return new Overprovisioning(name, replicas, value, requests, sizedLike, missing);
    }

    /** The placeholder's PriorityClass, whose name the placeholder pods carry in {@code spec.priorityClassName}. */
    public PriorityClass priorityClass() {
        return PriorityClass.named(name, priority).preemptionPolicy(PreemptionPolicy.NEVER)
                .description("Placeholder pods that keep headroom for scale-out; every other pod preempts them.");
    }

    /**
     * The placeholder Deployment, whose pods run at {@link #priorityClass()} ({@code priorityClassName}) and request
     * {@code requests} ({@code resources.requests}).
     */
    private Deployment placeholder(List<ResourceAmount> requests) {
        return Deployment.named(name)
                .replicas(replicas)
                .with(priorityClass().assign())
                .container(Container.named("pause").image(PAUSE_IMAGE)
                        .requests(requests.toArray(ResourceAmount[]::new)))
                .terminationGracePeriodSeconds(0);
    }

    /**
     * Where the placeholders may run: the node constraints of {@code workload}'s placements, as its pods preempt
     * only on nodes they may run on; off the AKS virtual nodes that the workload only overflows onto. Empty when the
     * workload has no placement.
     */
    private static Optional<Placement> placement(Optional<Workload<?>> workload, Model model) {
        List<Placement> placements = workload.map(w -> w.traits(Placement.class)).orElse(List.of());
        if (placements.isEmpty()) {
            return Optional.empty();
        }
        Placement nodes = placements.stream().map(Placement::nodesOnly).reduce(Placement.anywhere(), Placement::and);
        List<NodePool> onDemand = onDemandPools(model);
        if (onDemandPool(nodes, model).isEmpty() && onDemand.stream().anyMatch(nodes::canRunOn)) {
            nodes = nodes.and(Placement.anywhere().requireNodes(onDemand.stream()
                    .map(pool -> pool.keepOff().orElseThrow()).toArray(NodeRequirement[]::new)));
        }
        return Optional.of(nodes);
    }

    /** The known pools of on-demand nodes (the AKS virtual nodes, unless the cluster is generic). */
    private static List<NodePool> onDemandPools(Model model) {
        return NodePools.known(model).stream().filter(pool -> pool.keepOff().isPresent()).toList();
    }

    /** The pool of on-demand nodes that {@code placement} confines the pods to, if any. */
    private static Optional<NodePool> onDemandPool(Placement placement, Model model) {
        return onDemandPools(model).stream().filter(placement::targets).findFirst();
    }

    /**
     * What each placeholder pod requests: one pod of {@code workload} (what {@link #roomFor} sized it like), with
     * the amounts of {@link #requests} in place of the workload's for their resource.
     */
    private List<ResourceAmount> placeholderRequests(Optional<Workload<?>> workload) {
        List<ResourceAmount> sized = new ArrayList<>(workload.map(PodRequests::of).orElse(List.of()));
        sized.addAll(requests); // the container keeps the last amount of each resource: the typed one
        return sized;
    }

    /** {@code true} after {@link #roomFor} with a workload. */
    private boolean sizedByWorkload() {
        return sizedLike != null && sizedLike != Targets.NONE;
    }

    /** The workload the placeholders are sized like, when set and in the application; nothing is reported. */
    private Optional<Workload<?>> sizedLikeWorkload(Model model) {
        return sizedByWorkload() ? Targets.workload(model, sizedLike) : Optional.empty();
    }

    @Override
    public List<ResourceId> ids() {
        return List.of(priorityClass().id(), placeholder(requests).id());
    }

    @Override
    public void validate(Model model, Problems problems) {
        Optional<Workload<?>> found = sizedLikeWorkload(model);
        List<ResourceAmount> sized = placeholderRequests(found);
        Deployment placeholder = placeholder(sized);
        priorityClass().validate(model, problems);
        placeholder.validate(model, problems);
        Problems.Scope deployment = problems.at(placeholder.id().toString());
        missing.report(deployment);
        // both objects take the name: each says it was not given
        missing.values().stream().filter(value -> value.field().equals("metadata.name"))
                .forEach(value -> value.report(problems.at(priorityClass().id().toString())));
        if (replicas < 1) {
            deployment.error(REPLICAS, "spec.replicas", replicas, "a placeholder without replicas keeps no headroom",
                    "use 1 or more; the headroom is replicas × requests");
        }
        Optional<Workload<?>> workload = sizedByWorkload() ? Targets.check(found, sizedLike, deployment,
                REQUESTS_FIELD, TARGET_MISSING, Targets.Kinds.ANY) : Optional.empty();
        // The placement copied from the workload is checked on the workload: reported once, where it is written.
        placement(workload, model).flatMap(p -> onDemandPool(p, model))
                .ifPresent(pool -> deployment.warning(VIRTUAL_NODES, REQUESTS_FIELD, sizedLike,
                        "the pods of " + sizedLike + " run only on " + pool.description() + ", where ACI starts"
                                + " each pod on demand with no node to keep warm, so the placeholders reserve nothing"
                                + " and run as ACI containers that are billed",
                        "remove overprovisioning(\"" + name + "\"), or make room for a workload on regular nodes"));
        boolean reserves = sized.stream().map(ResourceAmount::resource)
                .anyMatch(r -> r == ResourceName.CPU || r == ResourceName.MEMORY);
        // A null or a missing workload is reported already: the empty placeholder is not a second mistake.
        if (!reserves && missing.values().stream().noneMatch(value -> value.field().equals(REQUESTS_FIELD))
                && (!sizedByWorkload() || workload.isPresent())) {
            deployment.error(REQUESTS, REQUESTS_FIELD, null,
                    "a placeholder reserves exactly what it requests, and this one requests neither CPU nor memory"
                            + workload.map(w -> ", as the pods of " + w.id() + " request none").orElse(""),
                    workload.map(w -> "add .requests(cpu(\"100m\"), memory(\"128Mi\")) to the containers of "
                                    + w.id() + ", or size the placeholder with .requests(...)")
                            .orElse("size it like the pods it stands in for, with .roomFor(workload, pods) or e.g."
                                    + " .requests(cpu(\"1\"), memory(\"2Gi\"))"));
        }
        Problems.Scope priorityClass = problems.at(priorityClass().id().toString());
        if (priority >= 0) {
            priorityClass.error(PRIORITY, "value", priority,
                    "placeholder pods must have a priority below that of real pods (0 by default), or nothing"
                            + " preempts them",
                    "use a negative priority, e.g. " + DEFAULT_PRIORITY);
        } else if (priority < AUTOSCALER_CUTOFF) {
            priorityClass.warning(EXPENDABLE, "value", priority,
                    "the cluster autoscaler treats pods below its --expendable-pods-priority-cutoff ("
                            + AUTOSCALER_CUTOFF + " by default) as expendable and adds no node for them, so no"
                            + " headroom is kept",
                    "use a priority from " + AUTOSCALER_CUTOFF + " to -1, or lower the autoscaler's cut-off");
        }
        if (priority < 0) { // otherwise nothing preempts the placeholders, which PRIORITY reports
            workload.ifPresent(w -> checkPreemption(w, model, priorityClass));
        }
    }

    /**
     * Reports pods of {@code workload} that cannot preempt the placeholders ({@value #CANNOT_PREEMPT}): the
     * scheduler preempts only pods of lower priority, and never for a class whose preemptionPolicy is Never. The
     * workload's class is its own priority's, or the application's global default; a class the cluster already has
     * ({@link PriorityClass#existing}), or one the application does not contain, is not known here.
     */
    private void checkPreemption(Workload<?> workload, Model model, Problems.Scope priorityClass) {
        Optional<Priority> effective = Priority.effective(workload);
        if (effective.filter(Priority::existing).isPresent()) {
            return;
        }
        Optional<PriorityClass> own = effective.isPresent()
                ? model.component(effective.get().priorityClass(), PriorityClass.class)
                : model.componentsBy("PriorityClass by global default", PriorityClass.class,
                        PriorityClass::isGlobalDefault).getOrDefault(true, List.of()).stream().findFirst();
        if (effective.isPresent() && own.isEmpty()) {
            return;
        }
        int value = own.map(PriorityClass::value).orElse(0);
        String named = own.map(c -> " (" + c.id() + (effective.isEmpty() ? ", the global default" : "") + ")")
                .orElse("");
        if (value <= priority) {
            priorityClass.warning(CANNOT_PREEMPT, "value", priority,
                    "the pods of " + workload.id() + " run at priority " + value + named + ", not above the"
                            + " placeholders' " + priority + ", and the scheduler preempts only pods of lower"
                            + " priority, so they never get the room kept for them",
                    "give " + workload.id() + " a priority above " + priority + ", or make room for another"
                            + " workload");
        } else {
            own.filter(PriorityClass::neverPreempts).ifPresent(c -> priorityClass.warning(CANNOT_PREEMPT, "value",
                    priority, "the pods of " + workload.id() + " run at " + c.id() + ", whose preemptionPolicy is"
                            + " Never, so they never preempt the placeholders and never get the room kept for them",
                    "remove .preemptionPolicy(NEVER) from " + c.id() + ", or make room for another workload"));
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        List<HasMetadata> objects = new ArrayList<>(priorityClass().render(model));
        Optional<Workload<?>> workload = sizedLikeWorkload(model);
        Deployment placeholder = placeholder(placeholderRequests(workload));
        objects.addAll(placement(workload, model).map(placeholder::placement).orElse(placeholder).render(model));
        return objects;
    }
}
