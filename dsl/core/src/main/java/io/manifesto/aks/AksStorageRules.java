package io.manifesto.aks;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.storage.StorageClassObject;
import io.manifesto.storage.rules.StorageClaims;

import java.util.List;
import java.util.Set;

/**
 * Claims of the application's Azure Disk StorageClasses ask what a disk can give: a managed disk is attached to one
 * node at a time, so a file system on it cannot be shared by pods of several nodes.
 */
public final class AksStorageRules implements RuleSet {

    /** A ReadWriteMany file-system claim of an Azure Disk class. */
    public static final RuleInfo DISK_READ_WRITE_MANY = RuleInfo.error("volume-claim.azure-disk-read-write-many",
            "a claim of an Azure Disk StorageClass asks ReadWriteMany only for a raw block volume",
            "an Azure managed disk attaches to one node at a time: the Azure Disk CSI driver provisions ReadWriteMany"
                    + " only as a raw block device of a shared disk, never as a file system, so the claim stays"
                    + " Pending");

    /** The provisioners of Azure Disk: the CSI driver, and the in-tree name it replaced. */
    private static final Set<String> DISK_PROVISIONERS = Set.of(AksStorage.AZURE_DISK, "kubernetes.io/azure-disk");

    @Override
    public List<RuleInfo> rules() {
        return List.of(DISK_READ_WRITE_MANY);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        StorageClaims.forEach(set, findings, AksStorageRules::check);
    }

    private static void check(Findings.On scope, PersistentVolumeClaimSpec claim, StorageClassObject storageClass) {
        if (!DISK_PROVISIONERS.contains(storageClass.provisioner()) || claim.getAccessModes() == null
                || !claim.getAccessModes().contains("ReadWriteMany") || "Block".equals(claim.getVolumeMode())) {
            return;
        }
        String name = storageClass.name();
        scope.report(DISK_READ_WRITE_MANY, "accessModes", "ReadWriteMany", "StorageClass/" + name + " makes Azure"
                        + " managed disks, which attach to one node at a time, so pods on several nodes cannot share a"
                        + " file system on one",
                Fix.of("ask READ_WRITE_ONCE, or name a class of AksStorage.azureFile(...) for a volume many nodes"
                                + " share",
                        "set accessModes: [ReadWriteOnce], or name a StorageClass of file.csi.azure.com for a volume"
                                + " many nodes share"));
    }
}
