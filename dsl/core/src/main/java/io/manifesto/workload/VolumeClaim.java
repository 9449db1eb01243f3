package io.manifesto.workload;

import io.manifesto.resources.Quantity;

import java.util.Objects;

/**
 * A persistent volume claim template of a StatefulSet, {@code spec.volumeClaimTemplates[]}: each pod gets its own
 * claim, kept when the pod is rescheduled. Containers mount it by name.
 *
 * @param name         {@code metadata.name}
 * @param storage      {@code spec.resources.requests.storage}, e.g. {@code 10Gi}
 * @param storageClass {@code spec.storageClassName}, or {@code null} for the cluster default
 * @param accessMode   {@code spec.accessModes[0]}
 */
public record VolumeClaim(String name, Quantity storage, String storageClass, AccessMode accessMode) {

    public VolumeClaim {
        name = Objects.requireNonNullElse(name, "");
        // rendered as it is, so that the rule over the claim template reports a missing size
        storage = Objects.requireNonNullElse(storage, Quantity.of(""));
        accessMode = Objects.requireNonNullElse(accessMode, AccessMode.READ_WRITE_ONCE);
    }

    /** A ReadWriteOnce claim named {@code name} of {@code storage}, e.g. {@code claim("data", "10Gi")}. */
    public static VolumeClaim of(String name, String storage) {
        return new VolumeClaim(name, Quantity.of(storage), null, AccessMode.READ_WRITE_ONCE);
    }

    /**
     * This claim with {@code spec.storageClassName}, e.g. {@code managed-csi-premium} on AKS: a StorageClass's name,
     * so a DNS-1123 subdomain; {@code ""} asks for no class (only a pre-provisioned volume without class binds).
     */
    public VolumeClaim storageClass(String storageClass) {
        return new VolumeClaim(name, storage, storageClass, accessMode);
    }

    /**
     * This claim with {@code spec.storageClassName} naming {@code storageClass}, a StorageClass of the application:
     * the claim is then checked against it (an Azure Disk class cannot give ReadWriteMany).
     */
    public VolumeClaim storageClass(io.manifesto.storage.StorageClass storageClass) {
        return storageClass(storageClass == null ? null : storageClass.name());
    }

    /** This claim with {@code spec.accessModes: [mode]}. */
    public VolumeClaim accessMode(AccessMode mode) {
        return new VolumeClaim(name, storage, storageClass, mode);
    }

    /** How a volume may be mounted: {@code accessModes}. */
    public enum AccessMode {
        /** {@code ReadWriteOnce}: one node reads and writes. */
        READ_WRITE_ONCE("ReadWriteOnce"),
        /** {@code ReadOnlyMany}: many nodes read. */
        READ_ONLY_MANY("ReadOnlyMany"),
        /** {@code ReadWriteMany}: many nodes read and write (Azure Files). */
        READ_WRITE_MANY("ReadWriteMany"),
        /** {@code ReadWriteOncePod}: one pod reads and writes. */
        READ_WRITE_ONCE_POD("ReadWriteOncePod");

        private final String value;

        AccessMode(String value) {
            this.value = value;
        }

        /** The value Kubernetes spells. */
        public String value() {
            return value;
        }
    }
}
