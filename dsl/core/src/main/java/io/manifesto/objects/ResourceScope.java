package io.manifesto.objects;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;

import java.util.Optional;
import java.util.Set;

/**
 * Whether an object lives in a namespace. Typed fabric8 objects say so themselves (they implement
 * {@link Namespaced}); for generic objects, whose class says nothing, the well-known cluster-scoped kinds are listed.
 * An object that is not namespaced never gets a {@code metadata.namespace}: the API server would drop it, and GitOps
 * tools would then show a diff forever.
 */
public final class ResourceScope {

    private static final Set<String> CLUSTER_SCOPED_KINDS = Set.of(
            "Namespace", "Node", "PersistentVolume", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment",
            "CustomResourceDefinition", "APIService", "PriorityClass", "RuntimeClass", "IngressClass",
            "ClusterRole", "ClusterRoleBinding", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "ClusterIssuer");

    private ResourceScope() {
    }

    /**
     * {@code true} when objects of {@code kind} belong in a namespace, as far as the kind alone tells: every kind
     * but the well-known cluster-scoped ones.
     */
    public static boolean isNamespaced(String kind) {
        return kind == null || !CLUSTER_SCOPED_KINDS.contains(kind);
    }

    /** {@code true} when {@code object} belongs in a namespace. */
    public static boolean isNamespaced(HasMetadata object) {
        if (object instanceof GenericKubernetesResource) {
            return isNamespaced(object.getKind());
        }
        return object instanceof Namespaced;
    }

    /**
     * The object's own {@code metadata.namespace}, empty when it has none. An explicit {@code ""} is kept: the
     * application fills in only a missing namespace.
     */
    public static Optional<String> namespaceOf(HasMetadata object) {
        return Optional.ofNullable(object.getMetadata()).map(ObjectMeta::getNamespace);
    }
}
