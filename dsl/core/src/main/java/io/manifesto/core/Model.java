package io.manifesto.core;

import io.manifesto.objects.ResourceId;
import io.manifesto.objects.ResourceScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a component sees of the application it belongs to while it is validated and rendered: the application's
 * name, namespace and instance, its label policy, and the other components.
 */
public final class Model {

    private final String application;
    private final String namespace;
    private final String instance;
    private final LabelPolicy labelPolicy;
    private final Map<String, String> commonLabels;
    private final List<Component> components;
    /** Each object id to the first component that renders it: lookups are map accesses, 10,000 apps stay linear. */
    private final Map<ResourceId, Component> byId = new HashMap<>();
    private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
    private final Map<String, Map<?, ?>> indexes = new ConcurrentHashMap<>();
    private final boolean aksVirtualNodes;

    Model(String application, String namespace, String instance, LabelPolicy labelPolicy,
          Map<String, String> commonLabels, List<Component> components, boolean aksVirtualNodes) {
        this.aksVirtualNodes = aksVirtualNodes;
        this.application = application;
        this.namespace = namespace;
        this.instance = instance;
        this.labelPolicy = labelPolicy;
        this.commonLabels = Map.copyOf(commonLabels);
        this.components = List.copyOf(components);
        for (Component component : this.components) {
            try {
                component.ids().forEach(id -> byId.putIfAbsent(id, component));
            } catch (RuntimeException e) {
                // a component whose ids() throws is reported when it is validated (component.failed)
            }
        }
    }

    /** The application's name: {@code app.kubernetes.io/part-of}. */
    public String application() {
        return application;
    }

    /** The namespace every namespaced object is rendered into, if the application has one. */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** The application instance: {@code app.kubernetes.io/instance}. */
    public String instance() {
        return instance;
    }

    /**
     * {@code true} (the default) when the cluster may have AKS virtual nodes, so placements are checked against
     * them; {@code false} after {@link Application.Builder#withoutAksVirtualNodes()}.
     */
    public boolean aksVirtualNodes() {
        return aksVirtualNodes;
    }

    /** Every component, in the order they were added. */
    public List<Component> components() {
        return components;
    }

    /** The components of one type, in the order they were added. */
    public <T> List<T> components(Class<T> type) {
        @SuppressWarnings("unchecked")
        List<T> found = (List<T>) byType.computeIfAbsent(type,
                t -> components.stream().filter(t::isInstance).map(t::cast).toList());
        return found;
    }

    /**
     * The components of {@code type} grouped by {@code key}, each group in the order the components were added. The
     * groups are built once per model for each {@code index}, so that a check made for every component finds its
     * partners with a map access instead of a scan (one application may hold 10,000 apps). {@code index} names the
     * type and the key, such as {@code "Secret by name"}: one name, one key. A component whose key is {@code null} or
     * whose key function throws (an invalid value, reported when it is validated) is in no group. The key function
     * reads the component only: it must not look up the model.
     */
    public <T, K> Map<K, List<T>> componentsBy(String index, Class<T> type, Function<? super T, ? extends K> key) {
        @SuppressWarnings("unchecked")
        Map<K, List<T>> found = (Map<K, List<T>>) indexes.computeIfAbsent(index, i -> group(components(type), key));
        return found;
    }

    private static <T, K> Map<K, List<T>> group(List<T> items, Function<? super T, ? extends K> key) {
        Map<K, List<T>> groups = new HashMap<>();
        for (T item : items) {
            K value;
            try {
                value = key.apply(item);
            } catch (RuntimeException e) {
                continue;
            }
            if (value != null) {
                groups.computeIfAbsent(value, v -> new ArrayList<>()).add(item);
            }
        }
        groups.replaceAll((value, group) -> List.copyOf(group));
        return Collections.unmodifiableMap(groups);
    }

    /** The component that renders {@code id}, if the application has it. */
    public Optional<Component> component(ResourceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The component of {@code type} that renders {@code id}, if the application has it. */
    public <T> Optional<T> component(ResourceId id, Class<T> type) {
        return component(id).filter(type::isInstance).map(type::cast);
    }

    /**
     * The namespace an object of {@code kind} without one of its own is applied in: the application's when the kind
     * is namespaced, {@code ""} for a cluster-scoped kind or when the application has none.
     */
    public String defaultNamespace(String kind) {
        return ResourceScope.isNamespaced(kind) ? namespace().orElse("") : "";
    }

    /** The components that own the replica count of {@code workload} (an HPA, for instance). */
    public List<ReplicaOwner> replicaOwners(ResourceId workload) {
        return componentsBy("ReplicaOwner by workload", ReplicaOwner.class, ReplicaOwner::ownedWorkload)
                .getOrDefault(workload, List.of());
    }

    /** The recommended labels of the component {@code name}, with its {@code version} when known. */
    public Labels labels(String name, Optional<String> version) {
        return new Labels(name, instance, version, application, labelPolicy);
    }

    /**
     * The labels of an object of component {@code name}: the application's common labels, then the recommended
     * ones (which win).
     */
    public Map<String, String> objectLabels(String name, Optional<String> version) {
        return objectLabels(name, version, Map.of());
    }

    /**
     * The labels of an object of component {@code name} that has labels of its {@code own}: the application's common
     * labels, then its own (the more specific setting wins over the application's), then the recommended ones.
     */
    public Map<String, String> objectLabels(String name, Optional<String> version, Map<String, String> own) {
        Map<String, String> labels = new TreeMap<>(commonLabels);
        labels.putAll(own);
        labels.putAll(labels(name, version).all());
        return labels;
    }
}
