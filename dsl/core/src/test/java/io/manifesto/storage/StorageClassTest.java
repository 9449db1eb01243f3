package io.manifesto.storage;

import io.manifesto.aks.AksStorage;
import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import io.manifesto.workload.VolumeClaim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** StorageClasses, and the claims checked against the classes the application declares. */
class StorageClassTest {

    private static final StorageClass PREMIUM = AksStorage.azureDisk("premium-retain")
            .parameter("skuName", "Premium_LRS")
            .reclaimPolicy(ReclaimPolicy.RETAIN)
            .volumeBindingMode(VolumeBindingMode.WAIT_FOR_FIRST_CONSUMER)
            .allowVolumeExpansion(true);

    private static List<String> lint(String yaml) {
        return Lint.yaml("storage.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    private static io.manifesto.workload.StatefulSet db(VolumeClaim claim) {
        return statefulSet("db").container(container("pg").image("postgres:16.4").port("pg", 5432)
                .mount("data", "/var/lib/postgresql/data")).volumeClaim(claim);
    }

    @Test
    void rendersAStorageClassBeforeTheClaimsThatNameIt() {
        var yaml = application("shop").namespace("shop")
                .add(PREMIUM, db(volumeClaim("data", "10Gi").storageClass(PREMIUM))).build().toYaml();
        assertThat(yaml).startsWith("""
                ---
                allowVolumeExpansion: true
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  labels:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: premium-retain
                    app.kubernetes.io/part-of: shop
                  name: premium-retain
                parameters:
                  skuName: Premium_LRS
                provisioner: disk.csi.azure.com
                reclaimPolicy: Retain
                volumeBindingMode: WaitForFirstConsumer
                ---
                """);
        assertThat(yaml).contains("      storageClassName: premium-retain\n");
    }

    @Test
    void rejectsAReadWriteManyClaimTemplateOfAnAzureDiskClass() {
        var claim = volumeClaim("data", "10Gi").storageClass(PREMIUM)
                .accessMode(VolumeClaim.AccessMode.READ_WRITE_MANY);
        assertThat(problemsOf(application("shop").add(PREMIUM, db(claim)))).containsExactly(
                "error StatefulSet/db spec.volumeClaimTemplates[data].spec.accessModes = \"ReadWriteMany\":"
                        + " StorageClass/premium-retain makes Azure managed disks, which attach to one node at a time,"
                        + " so pods on several nodes cannot share a file system on one. Fix: ask READ_WRITE_ONCE, or"
                        + " name a class of AksStorage.azureFile(...) for a volume many nodes share."
                        + " [volume-claim.azure-disk-read-write-many]");
    }

    @Test
    void acceptsAReadWriteManyClaimOfAzureFiles() {
        var files = AksStorage.azureFile("shared");
        var claim = volumeClaim("data", "10Gi").storageClass(files)
                .accessMode(VolumeClaim.AccessMode.READ_WRITE_MANY);
        assertThat(application("shop").add(files, db(claim)).build().report().warnings()).isEmpty();
    }

    @Test
    void rejectsAReadWriteManyFileSystemClaimOfAnAzureDiskClassInAFile() {
        assertThat(lint("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: premium}
                provisioner: disk.csi.azure.com
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: shared}
                spec:
                  storageClassName: premium
                  accessModes: [ReadWriteMany]
                  resources: {requests: {storage: 10Gi}}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: shared-block}
                spec:
                  storageClassName: premium
                  volumeMode: Block
                  accessModes: [ReadWriteMany]
                  resources: {requests: {storage: 10Gi}}
                """)).containsExactly(
                "storage.yaml:11: error PersistentVolumeClaim/shared spec.accessModes = \"ReadWriteMany\":"
                        + " StorageClass/premium makes Azure managed disks, which attach to one node at a time, so pods"
                        + " on several nodes cannot share a file system on one. Fix: set accessModes: [ReadWriteOnce],"
                        + " or name a StorageClass of file.csi.azure.com for a volume many nodes share."
                        + " [volume-claim.azure-disk-read-write-many]");
    }

    @Test
    void rejectsAStorageClassTheApiServerRefuses() {
        assertThat(lint("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: old}
                reclaimPolicy: Recycle
                volumeBindingMode: WaitForConsumer
                """)).containsExactly(
                "storage.yaml:1: error StorageClass/old provisioner = \"<none>\": a StorageClass names the provisioner"
                        + " that makes its volumes. Fix: set provisioner, e.g. disk.csi.azure.com or"
                        + " file.csi.azure.com on AKS. [storageclass.field]",
                "storage.yaml:4: error StorageClass/old reclaimPolicy = \"Recycle\": a StorageClass's reclaimPolicy is"
                        + " Delete or Retain. Fix: set Delete or Retain. [storageclass.field]",
                "storage.yaml:5: error StorageClass/old volumeBindingMode = \"WaitForConsumer\": a StorageClass's"
                        + " volumeBindingMode is Immediate or WaitForFirstConsumer. Fix: set Immediate or"
                        + " WaitForFirstConsumer. [storageclass.field]");
    }

    @Test
    void rejectsAStorageClassWithoutProvisioner() {
        assertThat(problemsOf(application("shop").add(storageClass("local", "")))).containsExactly(
                "error StorageClass/local provisioner = \"\": a StorageClass names the provisioner that makes its"
                        + " volumes. Fix: name it, e.g. AksStorage.azureDisk(name) for disk.csi.azure.com."
                        + " [storageclass.field]");
        assertThat(problemsOf(application("shop").add(storageClass("local", null).reclaimPolicy(null))))
                .containsExactly(
                        "error StorageClass/local provisioner = \"<none>\": null was passed to storageClass(...). Fix:"
                                + " pass a value, or leave the call out. [input.null]",
                        "error StorageClass/local reclaimPolicy = \"<none>\": null was passed to reclaimPolicy(...)."
                                + " Fix: pass a value, or leave the call out. [input.null]");
    }
}
