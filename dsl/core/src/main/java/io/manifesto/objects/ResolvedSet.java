package io.manifesto.objects;

import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects that will be applied, indexed once so that every lookup a rule makes is a map access: by kind,
 * namespace and name; by kind; the pods each object runs; workloads by pod label; autoscalers by the workload they
 * target. Whatever made the objects (DSL, raw objects, customizations, YAML files, annotations), rules read them here.
 */
public final class ResolvedSet {

    private final List<Resource> all;
    private final Map<Key, Resource> byKey = new HashMap<>();
    private final Map<String, List<Resource>> byKind = new HashMap<>();
    private final Map<Resource, PodTemplate> pods = new IdentityHashMap<>();
    private final Map<String, List<Resource>> byPodLabel = new HashMap<>();
    private final Map<Key, List<Resource>> hpasByTarget = new HashMap<>();
    private final Map<Key, List<Resource>> vpasByTarget = new HashMap<>();
    private final List<Object> context;

    private ResolvedSet(List<Resource> resources, List<Object> context) {
        this.all = List.copyOf(resources);
        this.context = context;
        for (Resource resource : all) {
            byKey.putIfAbsent(Key.of(resource), resource);
            byKind.computeIfAbsent(resource.kind(), k -> new ArrayList<>()).add(resource);
            PodTemplate.of(resource.object()).ifPresent(template -> {
                pods.put(resource, template);
                template.labels().forEach((key, value) -> byPodLabel
                        .computeIfAbsent(labelKey(resource.namespace(), key, value), k -> new ArrayList<>())
                        .add(resource));
            });
            indexTargets(resource);
            indexCertificates(resource);
        }
    }

    /** The set of {@code resources}, in the order given (apply order, for rendered ones). */
    public static ResolvedSet of(List<Resource> resources) {
        return new ResolvedSet(resources, List.of());
    }

    /**
     * The set of {@code resources}, which knows {@code context}: what the objects do not say but the rules need,
     * such as the cluster the objects are applied to ({@code Application.build()} passes its model, whose node pools
     * and cluster profile the scheduling rules read). {@code null} entries are left out.
     */
    public static ResolvedSet of(List<Resource> resources, Object... context) {
        return new ResolvedSet(resources, context == null ? List.of()
                : java.util.Arrays.stream(context).filter(java.util.Objects::nonNull).toList());
    }

    /** The first entry of the context given to {@link #of(List, Object...)} that is a {@code type}, if any. */
    public <T> Optional<T> context(Class<T> type) {
        return context.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private void indexTargets(Resource resource) {
        HasMetadata object = resource.object();
        if (object instanceof HorizontalPodAutoscaler hpa && hpa.getSpec() != null
                && hpa.getSpec().getScaleTargetRef() != null) {
            var target = hpa.getSpec().getScaleTargetRef();
            hpasByTarget.computeIfAbsent(new Key(target.getKind(), resource.namespace(), target.getName()),
                    k -> new ArrayList<>()).add(resource);
        } else if (object instanceof VerticalPodAutoscaler vpa && vpa.getSpec() != null
                && vpa.getSpec().getTargetRef() != null) {
            var target = vpa.getSpec().getTargetRef();
            vpasByTarget.computeIfAbsent(new Key(target.getKind(), resource.namespace(), target.getName()),
                    k -> new ArrayList<>()).add(resource);
        }
    }

    /** Every object, in order. */
    public List<Resource> all() {
        return all;
    }

    /** The objects of {@code kind}, in order. */
    public List<Resource> ofKind(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The object of {@code kind} named {@code name} in {@code namespace}, if the set has it. */
    public Optional<Resource> find(String kind, String namespace, String name) {
        return Optional.ofNullable(byKey.get(new Key(kind, namespace, name)));
    }

    /** The pods {@code resource} runs, if it runs any. */
    public Optional<PodTemplate> pods(Resource resource) {
        return Optional.ofNullable(pods.get(resource));
    }

    /** Every object that runs pods, in order. */
    public List<Resource> workloads() {
        return all.stream().filter(pods::containsKey).toList();
    }

    /**
     * The objects in {@code namespace} whose pods carry every label of {@code selector}; none for an empty selector
     * (a Service without selector selects nothing). The candidates are those of the selector's rarest label: the
     * instance label every workload of an application shares would make each lookup a scan of the application.
     */
    public List<Resource> workloadsSelectedBy(String namespace, Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        // filter the smallest bucket: a label every app shares (part-of, the application's own) would make the
        // first one a scan of the whole set
        List<Resource> candidates = null;
        for (var label : selector.entrySet()) {
            List<Resource> bucket = byPodLabel.getOrDefault(labelKey(namespace, label.getKey(), label.getValue()),
                    List.of());
            if (candidates == null || bucket.size() < candidates.size()) {
                candidates = bucket;
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
        }
        if (selector.size() == 1) {
            return Collections.unmodifiableList(candidates);
        }
        return candidates.stream()
                .filter(workload -> pods.get(workload).labels().entrySet().containsAll(selector.entrySet()))
                .toList();
    }

    // ---- Services by the workloads they select (added for the service rules) ----

    private final Map<Resource, List<Resource>> selectedByService = new IdentityHashMap<>();

    /**
     * The workloads whose pods the Service {@code service} selects ({@code spec.selector}), in order; none for an
     * object that is no Service or has no selector. Computed once per Service, whichever rule asks first.
     */
    public List<Resource> workloadsSelectedBy(Resource service) {
        return selectedByService.computeIfAbsent(service, s -> s.object()
                instanceof io.fabric8.kubernetes.api.model.Service typed && typed.getSpec() != null
                ? workloadsSelectedBy(s.namespace(), typed.getSpec().getSelector()) : List.of());
    }

    // ---- end of the Service index ----

    /** The HorizontalPodAutoscalers whose {@code scaleTargetRef} names {@code workload}. */
    public List<Resource> hpasTargeting(Resource workload) {
        return hpasByTarget.getOrDefault(Key.of(workload), List.of());
    }

    /** The VerticalPodAutoscalers whose {@code targetRef} names {@code workload}. */
    public List<Resource> vpasTargeting(Resource workload) {
        return vpasByTarget.getOrDefault(Key.of(workload), List.of());
    }

    // ---- PodDisruptionBudgets by the workloads they select (added for the scaling rules) ----

    private Map<Resource, List<Resource>> pdbsByWorkload;

    /**
     * The PodDisruptionBudgets in {@code workload}'s namespace whose {@code spec.selector.matchLabels} selects its
     * pods, in order; the index is built on first use. A budget with matchExpressions is matched on its matchLabels
     * alone; one without matchLabels selects nothing here.
     */
    public List<Resource> pdbsSelecting(Resource workload) {
        if (pdbsByWorkload == null) {
            Map<Resource, List<Resource>> index = new IdentityHashMap<>();
            for (Resource pdb : ofKind("PodDisruptionBudget")) {
                if (pdb.object() instanceof io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget budget
                        && budget.getSpec() != null && budget.getSpec().getSelector() != null) {
                    workloadsSelectedBy(pdb.namespace(), budget.getSpec().getSelector().getMatchLabels())
                            .forEach(selected -> index.computeIfAbsent(selected, k -> new ArrayList<>()).add(pdb));
                }
            }
            pdbsByWorkload = index;
        }
        return pdbsByWorkload.getOrDefault(workload, List.of());
    }

    // ---- end of the PodDisruptionBudget index ----

    private static String labelKey(String namespace, String key, String value) {
        return namespace + '\u0000' + key + '\u0000' + value;
    }

    /** An object's identity in a cluster. */
    private record Key(String kind, String namespace, String name) {
        Key {
            kind = kind == null ? "" : kind;
            namespace = namespace == null ? "" : namespace;
            name = name == null ? "" : name;
        }

        static Key of(Resource resource) {
            return new Key(resource.kind(), resource.namespace(), resource.name());
        }
    }

    // ---- cert-manager: Certificates by the secret they write (networking/TLS migration) ----

    private final Map<String, List<Resource>> certificatesBySecret = new HashMap<>();

    private void indexCertificates(Resource resource) {
        if (resource.object() instanceof io.fabric8.certmanager.api.model.v1.Certificate certificate
                && certificate.getSpec() != null && certificate.getSpec().getSecretName() != null) {
            certificatesBySecret.computeIfAbsent(certificate.getSpec().getSecretName(), k -> new ArrayList<>())
                    .add(resource);
        }
    }

    /** The cert-manager Certificates in {@code namespace} whose {@code spec.secretName} is {@code secretName}, in order. */
    public List<Resource> certificatesWritingSecret(String namespace, String secretName) {
        String in = namespace == null ? "" : namespace;
        return certificatesWritingSecret(secretName).stream().filter(c -> c.namespace().equals(in)).toList();
    }

    /** The cert-manager Certificates, in any namespace, whose {@code spec.secretName} is {@code secretName}. */
    public List<Resource> certificatesWritingSecret(String secretName) {
        return certificatesBySecret.getOrDefault(secretName, List.of());
    }
}
