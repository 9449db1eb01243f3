package io.manifesto.storage;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.objects.ResourceId;

import java.util.Optional;

/**
 * A StorageClass object as the rules read it, whoever made it: the DSL renders one, and a file's is read, as a generic
 * object (fabric8's storage model is not on the class path), whose fields sit at its top level.
 *
 * @param name              {@code metadata.name}
 * @param provisioner       {@code provisioner}, or {@code null}
 * @param reclaimPolicy     {@code reclaimPolicy}, or {@code null}
 * @param volumeBindingMode {@code volumeBindingMode}, or {@code null}
 */
public record StorageClassObject(String name, String provisioner, String reclaimPolicy, String volumeBindingMode) {

    /** The StorageClass {@code object} holds, empty for an object of another kind. */
    public static Optional<StorageClassObject> of(HasMetadata object) {
        if (!(object instanceof GenericKubernetesResource generic) || !"StorageClass".equals(generic.getKind())) {
            return Optional.empty();
        }
        return Optional.of(new StorageClassObject(ResourceId.of(object).name(), text(generic, "provisioner"),
                text(generic, "reclaimPolicy"), text(generic, "volumeBindingMode")));
    }

    private static String text(GenericKubernetesResource object, String field) {
        Object value = object.getAdditionalProperties().get(field);
        return value == null ? null : String.valueOf(value);
    }
}
