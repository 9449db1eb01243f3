package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler;
import io.manifesto.objects.ResourceId;
import io.manifesto.objects.ResourceScope;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the parent's rendered objects into one space's: whatever produced them (the DSL, annotations, raw YAML).
 * Keeps the workloads the developer runs with their Services, configuration and autoscalers; replaces every other
 * Service by an ExternalName {@link Fallback}; moves entry points to prefixed hosts ({@link EntryPoints}); scales
 * for one developer ({@link OneDeveloper}); drops what stays with the parent (cluster-scoped objects, certificates
 * for the parent's hosts) and, unless kept, disruption budgets and overprovisioning. Every dropped object is listed
 * in the Namespace's {@value #DROPPED} annotation.
 */
final class SpaceTransform {

    /** Label on every object of a space: the space's name. */
    static final String SPACE_LABEL = "manifesto.io/space";
    /** Label on every object of a space: its parent environment. */
    static final String PARENT_LABEL = "manifesto.io/space-parent";
    /** Annotation on the space's Namespace: what the parent has that the space leaves out, as {@code Kind/name}. */
    static final String DROPPED = "manifesto.io/space-dropped";

    /** The space's objects, and what {@link Spaces} checks across spaces. */
    record Transformed(List<HasMetadata> objects, List<EntryPoints.CanaryKey> canaries, List<String> certificates) {
    }

    private final Space space;
    private final String namespace;
    private final String parentNamespace;
    private final Problems.Scope scope;
    private final List<String> dropped = new ArrayList<>();

    private SpaceTransform(Space space, String namespace, String parentNamespace, Problems.Scope scope) {
        this.space = space;
        this.namespace = namespace;
        this.parentNamespace = parentNamespace;
        this.scope = scope;
    }

    static Transformed apply(Space space, String namespace, String parentNamespace, List<HasMetadata> objects,
                             Problems problems) {
        return new SpaceTransform(space, namespace, parentNamespace, problems.at(space.toString())).run(objects);
    }

    private Transformed run(List<HasMetadata> objects) {
        objects.stream().filter(o -> o.getMetadata() == null).forEach(o -> o.setMetadata(new ObjectMeta()));
        Map<String, HasMetadata> workloads = new TreeMap<>();
        objects.stream().filter(Pods::isWorkload).forEach(w -> workloads.put(w.getMetadata().getName(), w));
        Set<String> placeholders = placeholders(objects);
        checkRuns(workloads.keySet(), placeholders);
        List<HasMetadata> kept = new ArrayList<>();
        objects.stream().filter(Pods::isWorkload).filter(w -> runs(w, placeholders)).forEach(kept::add);
        Map<String, Service> own = new LinkedHashMap<>();
        List<HasMetadata> result = new ArrayList<>(kept);
        for (HasMetadata object : objects) {
            if (object instanceof Service service) {
                if (kept.stream().anyMatch(w -> Pods.selects(selector(service), w))) {
                    own.put(service.getMetadata().getName(), service);
                    result.add(service);
                } else {
                    checkNoPortChange(service);
                    result.add(Fallback.of(service, parentNamespace));
                }
            }
        }
        checkPortChanges(objects, own);
        References needed = new References(new TreeSet<>(), new TreeSet<>());
        kept.forEach(w -> Pods.template(w).map(t -> References.of(t.getSpec())).ifPresent(r -> {
            needed.configMaps().addAll(r.configMaps());
            needed.secrets().addAll(r.secrets());
        }));
        List<EntryPoints.CanaryKey> canaries = new ArrayList<>();
        List<String> certificates = new ArrayList<>();
        Set<String> entries = new TreeSet<>();
        for (HasMetadata object : objects) {
            if (Pods.isWorkload(object)) {
                if (!kept.contains(object)) {
                    dropped.add(id(object));
                }
            } else if (object instanceof Service) {
                continue;
            } else if (object instanceof Ingress ingress) {
                boolean reachesOwn = ingress.getSpec() != null && ingress.getSpec().getRules().stream()
                        .flatMap(r -> EntryPoints.paths(r).stream())
                        .anyMatch(p -> EntryPoints.serviceOf(p.getBackend()).filter(own::containsKey).isPresent());
                if (reachesOwn) {
                    EntryPoints.Result entry = EntryPoints.of(ingress, space, own);
                    result.addAll(entry.objects());
                    canaries.addAll(entry.canaries());
                    certificates.addAll(entry.hosts());
                    entries.addAll(entry.entries());
                } else {
                    dropped.add(id(object));
                }
            } else {
                keepOrDrop(object, kept, needed, result);
            }
        }
        reportMissing(objects, needed);
        checkEastWest(kept, placeholders, entries, own);
        OneDeveloper.scale(space, result).forEach(removed -> {
            result.remove(removed);
            dropped.add(id(removed));
        });
        result.forEach(this::place);
        result.add(0, namespaceObject());
        return new Transformed(result, canaries, certificates);
    }

    private void keepOrDrop(HasMetadata object, List<HasMetadata> kept, References needed, List<HasMetadata> result) {
        boolean keep;
        if (object instanceof Namespace) {
            return; // the space has its own
        } else if (!ResourceScope.isNamespaced(object) || "Certificate".equals(object.getKind())) {
            keep = false; // cluster-scoped objects and certificates for the parent's hosts stay with the parent
        } else if (object instanceof HorizontalPodAutoscaler hpa) {
            keep = hpa.getSpec() != null && hpa.getSpec().getScaleTargetRef() != null && targets(kept,
                    hpa.getSpec().getScaleTargetRef().getKind(), hpa.getSpec().getScaleTargetRef().getName());
        } else if (object instanceof VerticalPodAutoscaler vpa) {
            keep = vpa.getSpec() != null && vpa.getSpec().getTargetRef() != null && targets(kept,
                    vpa.getSpec().getTargetRef().getKind(), vpa.getSpec().getTargetRef().getName());
        } else if (object instanceof PodDisruptionBudget pdb) {
            keep = space.keepsDisruptionBudgets() && pdb.getSpec() != null && pdb.getSpec().getSelector() != null
                    && kept.stream().anyMatch(w -> Pods.selects(pdb.getSpec().getSelector().getMatchLabels(), w));
        } else if (object instanceof ConfigMap) {
            keep = needed.configMaps().contains(object.getMetadata().getName());
        } else if (object instanceof Secret) {
            keep = needed.secrets().contains(object.getMetadata().getName());
        } else {
            keep = true;
        }
        if (keep) {
            result.add(object);
        } else {
            dropped.add(id(object));
        }
    }

    private boolean runs(HasMetadata workload, Set<String> placeholders) {
        String name = workload.getMetadata().getName();
        return placeholders.contains(name) ? space.keepsOverprovisioning() : space.runs().contains(name);
    }

    /** Overprovisioning placeholders: Deployments whose pods have a PriorityClass of negative value. */
    private static Set<String> placeholders(List<HasMetadata> objects) {
        Set<String> negative = objects.stream().filter(PriorityClass.class::isInstance).map(PriorityClass.class::cast)
                .filter(p -> p.getValue() != null && p.getValue() < 0).map(p -> p.getMetadata().getName())
                .collect(Collectors.toSet());
        return objects.stream().filter(Pods::isWorkload)
                .filter(w -> Pods.template(w).map(t -> t.getSpec()).map(spec -> spec.getPriorityClassName())
                        .filter(negative::contains).isPresent())
                .map(w -> w.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> selector(Service service) {
        return service.getSpec() == null ? Map.of() : service.getSpec().getSelector();
    }

    private static boolean targets(List<HasMetadata> kept, String kind, String name) {
        return kept.stream().anyMatch(w -> w.getKind().equals(kind) && w.getMetadata().getName().equals(name));
    }

    private void checkRuns(Set<String> workloads, Set<String> placeholders) {
        Set<String> services = new TreeSet<>(workloads);
        services.removeAll(placeholders);
        for (String service : space.runs()) {
            if (!services.contains(service)) {
                scope.error(Spaces.UNKNOWN_SERVICE_RULE, "runs", service,
                        "the application has no service of this name",
                        "run one of " + services + ", the workloads of the parent's manifests");
            }
        }
    }

    private void checkNoPortChange(Service service) {
        String name = service.getMetadata().getName();
        for (PortChange change : space.portChanges()) {
            if (change.service().equals(name)) {
                scope.error(Spaces.FALLBACK_PORT_RULE, "port(" + name + ", " + change.port() + ")", change.number(),
                        "Service/" + name + " falls back to the parent through an ExternalName Service, which"
                                + " cannot remap ports: its clients would call " + change.number()
                                + " on the parent's " + name,
                        "run " + name + " in the space (runs(\"" + name + "\")), or remove the port change");
            }
        }
    }

    private void checkPortChanges(List<HasMetadata> objects, Map<String, Service> own) {
        Set<String> services = objects.stream().filter(Service.class::isInstance).map(o -> o.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        for (PortChange change : space.portChanges()) {
            Service service = own.get(change.service());
            if (!services.contains(change.service())) {
                scope.error(Spaces.UNKNOWN_SERVICE_RULE, "port(" + change.service() + ", " + change.port() + ")",
                        change.service(), "the application has no Service of this name", "use one of " + services);
            } else if (service != null) {
                List<ServicePort> ports = service.getSpec() == null ? List.of() : service.getSpec().getPorts();
                ports.stream().filter(p -> change.port().equals(p.getName())).findFirst().ifPresentOrElse(
                        p -> p.setPort(change.number()),
                        () -> scope.error(Spaces.UNKNOWN_SERVICE_RULE, "port(" + change.service() + ", "
                                        + change.port() + ")", change.port(), "Service/" + change.service()
                                        + " has no port of this name",
                                "use one of " + ports.stream().map(ServicePort::getName).toList()));
            }
        }
    }

    private void reportMissing(List<HasMetadata> objects, References needed) {
        Set<String> configMaps = names(objects, ConfigMap.class);
        Set<String> secrets = names(objects, Secret.class);
        needed.configMaps().stream().filter(n -> !configMaps.contains(n)).forEach(n -> missing("ConfigMap", n));
        needed.secrets().stream().filter(n -> !secrets.contains(n)).forEach(n -> missing("Secret", n));
    }

    private void missing(String kind, String name) {
        scope.warning(Spaces.MISSING_REFERENCE_RULE, "namespace", kind + "/" + name,
                "the services the space runs read " + kind + "/" + name + ", which the manifests do not hold: it"
                        + " exists in " + parentNamespace + " only",
                "copy it: kubectl get " + kind.toLowerCase(java.util.Locale.ROOT) + " " + name + " -n "
                        + parentNamespace + " -o yaml | sed 's/namespace: " + parentNamespace + "$/namespace: "
                        + namespace + "/' | kubectl apply -f -, or add it to the definition");
    }

    private void checkEastWest(List<HasMetadata> kept, Set<String> placeholders, Set<String> entries,
                               Map<String, Service> own) {
        if (space.routing().isEmpty()) {
            return;
        }
        kept.stream()
                .filter(w -> !placeholders.contains(w.getMetadata().getName()))
                .filter(w -> entries.stream().noneMatch(s -> Pods.selects(selector(own.get(s)), w)))
                .map(w -> w.getMetadata().getName())
                .forEach(name -> scope.warning(Spaces.EAST_WEST_RULE, "runs", name,
                        name + " is not an entry point: routing by header reaches it only from a caller in this"
                                + " space, and only the application or a mesh passes the header on from service to"
                                + " service",
                        "also run its callers in the space, or propagate " + HeaderRouting.HEADER
                                + " and route east-west with a run-time component (mirrord, Telepresence, a mesh)"));
    }

    private static Set<String> names(List<HasMetadata> objects, Class<? extends HasMetadata> type) {
        return objects.stream().filter(type::isInstance).map(o -> o.getMetadata().getName())
                .collect(Collectors.toSet());
    }

    private void place(HasMetadata object) {
        ObjectMeta meta = object.getMetadata();
        meta.setNamespace(namespace);
        Map<String, String> labels = new TreeMap<>(meta.getLabels() == null ? Map.of() : meta.getLabels());
        labels.put(SPACE_LABEL, space.name());
        labels.put(PARENT_LABEL, space.parent().map(p -> p.name()).orElse(""));
        meta.setLabels(labels);
    }

    private Namespace namespaceObject() {
        Map<String, String> labels = new TreeMap<>(Map.of(SPACE_LABEL, space.name(),
                PARENT_LABEL, space.parent().map(p -> p.name()).orElse("")));
        Map<String, String> annotations = dropped.isEmpty() ? Map.of()
                : Map.of(DROPPED, dropped.stream().sorted().collect(Collectors.joining(", ")));
        return new NamespaceBuilder().withNewMetadata().withName(namespace).withLabels(labels)
                .withAnnotations(annotations).endMetadata().build();
    }

    private static String id(HasMetadata object) {
        return ResourceId.of(object).toString();
    }
}
