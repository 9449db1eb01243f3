package io.manifesto.storage.rules;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.storage.StorageClassObject;

import java.util.List;
import java.util.Optional;

/**
 * The claims of a set that name a StorageClass the set declares: PersistentVolumeClaims and StatefulSet claim
 * templates, each with the class it names (found by name, a map access). A class the set does not hold may exist
 * in the cluster (AKS has its own, such as {@code managed-csi}), so its claims are not visited.
 */
public final class StorageClaims {

    /** What a rule checks of one claim. */
    @FunctionalInterface
    public interface Check {
        /** Checks {@code claim} ({@code scope} is at the claim's spec) against the class it names. */
        void check(Findings.On scope, PersistentVolumeClaimSpec claim, StorageClassObject storageClass);
    }

    private StorageClaims() {
    }

    /** Runs {@code check} on every claim of {@code set} that names a StorageClass of the set. */
    public static void forEach(ResolvedSet set, Findings findings, Check check) {
        for (Resource resource : set.ofKind("PersistentVolumeClaim")) {
            if (resource.object() instanceof PersistentVolumeClaim claim) {
                visit(set, findings.on(resource).field("spec"), claim.getSpec(), check);
            }
        }
        for (Resource resource : set.ofKind("StatefulSet")) {
            if (!(resource.object() instanceof StatefulSet statefulSet) || statefulSet.getSpec() == null
                    || statefulSet.getSpec().getVolumeClaimTemplates() == null) {
                continue;
            }
            List<PersistentVolumeClaim> templates = statefulSet.getSpec().getVolumeClaimTemplates();
            for (int i = 0; i < templates.size(); i++) {
                PersistentVolumeClaim template = templates.get(i);
                if (template == null) {
                    continue;
                }
                String name = template.getMetadata() == null || template.getMetadata().getName() == null
                        ? String.valueOf(i) : template.getMetadata().getName();
                visit(set, findings.on(resource).field("spec.volumeClaimTemplates[" + name + "].spec"),
                        template.getSpec(), check);
            }
        }
    }

    private static void visit(ResolvedSet set, Findings.On scope, PersistentVolumeClaimSpec claim, Check check) {
        if (claim == null || claim.getStorageClassName() == null || claim.getStorageClassName().isEmpty()) {
            return;
        }
        Optional<StorageClassObject> named = set.find("StorageClass", "", claim.getStorageClassName())
                .flatMap(found -> StorageClassObject.of(found.object()));
        named.ifPresent(storageClass -> check.check(scope, claim, storageClass));
    }
}
