package io.manifesto.aks;

import io.manifesto.storage.StorageClass;

/**
 * The StorageClasses of AKS's CSI drivers, as typed starting points: Azure Disk (one node at a time, zonal) and Azure
 * Files (SMB or NFS shares many nodes mount). Claims and claim templates that name such a class of the application
 * are checked against what the driver can do.
 */
public final class AksStorage {

    /** The Azure Disk CSI driver's provisioner. */
    static final String AZURE_DISK = "disk.csi.azure.com";
    /** The Azure Files CSI driver's provisioner. */
    static final String AZURE_FILE = "file.csi.azure.com";

    private AksStorage() {
    }

    /**
     * A StorageClass {@code name} of Azure managed disks ({@code provisioner: disk.csi.azure.com}); choose the disk
     * with {@code .parameter("skuName", "Premium_LRS")}.
     */
    public static StorageClass azureDisk(String name) {
        return StorageClass.named(name, AZURE_DISK);
    }

    /**
     * A StorageClass {@code name} of Azure file shares ({@code provisioner: file.csi.azure.com}), for claims that many
     * pods on many nodes mount (ReadWriteMany).
     */
    public static StorageClass azureFile(String name) {
        return StorageClass.named(name, AZURE_FILE);
    }
}
