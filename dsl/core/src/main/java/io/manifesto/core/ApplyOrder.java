package io.manifesto.core;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which {@code kubectl apply -f} should meet the objects: what others depend on first (namespaces,
 * priority classes, accounts, configuration), then services and workloads, then what acts on workloads
 * (autoscalers, budgets), then ingress and certificates. Within a kind, by name. Kinds it does not know come last,
 * by kind then name.
 */
public final class ApplyOrder {

    private static final List<String> KINDS = List.of(
            "Namespace", "CustomResourceDefinition", "PriorityClass", "ServiceAccount",
            "ClusterRole", "Role", "ClusterRoleBinding", "RoleBinding",
            "ConfigMap", "Secret", "PersistentVolumeClaim", "Service",
            "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob",
            "HorizontalPodAutoscaler", "VerticalPodAutoscaler", "PodDisruptionBudget",
            "NetworkPolicy", "Ingress", "ClusterIssuer", "Issuer", "Certificate");

    /** Compares rendered objects in apply order. */
    public static final Comparator<HasMetadata> COMPARATOR = Comparator
            .comparingInt((HasMetadata o) -> rank(o.getKind()))
            .thenComparing(o -> ResourceId.of(o).kind())
            .thenComparing(o -> ResourceId.of(o).name());

    private ApplyOrder() {
    }

    /** The position of {@code kind} in apply order; unknown kinds share the last position. */
    public static int rank(String kind) {
        int index = KINDS.indexOf(kind);
        return index < 0 ? KINDS.size() : index;
    }
}
