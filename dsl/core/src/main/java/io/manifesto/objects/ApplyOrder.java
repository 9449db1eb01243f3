package io.manifesto.objects;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which {@code kubectl apply -f} should meet the objects: the namespace, then what governs the pods
 * admitted into it (quotas, default requests and limits, network policies), since admission applies them only to pods
 * created after them; then what others depend on (definitions, priority classes, storage, accounts and their
 * permissions, configuration, claims), then services and workloads, then what acts on workloads (autoscalers,
 * budgets), then ingress and certificates. Close to Helm's install order. Within a kind, by name, then namespace.
 * Kinds it does not know come last, by kind, name and namespace.
 */
public final class ApplyOrder {

    private static final List<String> KINDS = List.of(
            "Namespace", "ResourceQuota", "LimitRange", "NetworkPolicy",
            "CustomResourceDefinition", "PriorityClass", "StorageClass", "PersistentVolume", "ServiceAccount",
            "ClusterRole", "Role", "ClusterRoleBinding", "RoleBinding",
            "ConfigMap", "Secret", "PersistentVolumeClaim", "Service",
            "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob",
            "HorizontalPodAutoscaler", "VerticalPodAutoscaler", "PodDisruptionBudget",
            "IngressClass", "Ingress", "ClusterIssuer", "Issuer", "Certificate");

    /** Compares rendered objects in apply order. */
    public static final Comparator<HasMetadata> COMPARATOR = Comparator
            .comparingInt((HasMetadata o) -> rank(o.getKind()))
            .thenComparing(o -> ResourceId.of(o).kind())
            .thenComparing(o -> ResourceId.of(o).name())
            .thenComparing(o -> ResourceScope.namespaceOf(o).orElse(""));

    private ApplyOrder() {
    }

    /** The position of {@code kind} in apply order; unknown kinds share the last position. */
    public static int rank(String kind) {
        int index = KINDS.indexOf(kind);
        return index < 0 ? KINDS.size() : index;
    }
}
