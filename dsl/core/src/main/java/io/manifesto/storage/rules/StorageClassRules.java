package io.manifesto.storage.rules;

import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.storage.StorageClassObject;

import java.util.List;
import java.util.Set;

/**
 * What the API server requires of a StorageClass: a provisioner, and a reclaim policy and binding mode of the values
 * it knows.
 */
public final class StorageClassRules implements RuleSet {

    /** A StorageClass without provisioner, or with a reclaim policy or binding mode the API lacks. */
    public static final RuleInfo FIELD = RuleInfo.error("storageclass.field",
            "a StorageClass names its provisioner; reclaimPolicy is Delete or Retain, volumeBindingMode Immediate or"
                    + " WaitForFirstConsumer",
            "the API server rejects a StorageClass without provisioner, with the reclaim policy Recycle (or any other"
                    + " than Delete and Retain), or with another binding mode");

    private static final Set<String> RECLAIM_POLICIES = Set.of("Delete", "Retain");
    private static final Set<String> BINDING_MODES = Set.of("Immediate", "WaitForFirstConsumer");

    @Override
    public List<RuleInfo> rules() {
        return List.of(FIELD);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("StorageClass")) {
            StorageClassObject storageClass = StorageClassObject.of(resource.object()).orElse(null);
            if (storageClass == null) {
                continue;
            }
            Findings.On scope = findings.on(resource);
            if (storageClass.provisioner() == null || storageClass.provisioner().isBlank()) {
                scope.report(FIELD, "provisioner", storageClass.provisioner(),
                        "a StorageClass names the provisioner that makes its volumes",
                        Fix.of("name it, e.g. AksStorage.azureDisk(name) for disk.csi.azure.com",
                                "set provisioner, e.g. disk.csi.azure.com or file.csi.azure.com on AKS"));
            }
            String reclaim = storageClass.reclaimPolicy();
            if (reclaim != null && !RECLAIM_POLICIES.contains(reclaim)) {
                scope.report(FIELD, "reclaimPolicy", reclaim, "a StorageClass's reclaimPolicy is Delete or Retain",
                        Fix.of("set Delete or Retain"));
            }
            String binding = storageClass.volumeBindingMode();
            if (binding != null && !BINDING_MODES.contains(binding)) {
                scope.report(FIELD, "volumeBindingMode", binding,
                        "a StorageClass's volumeBindingMode is Immediate or WaitForFirstConsumer",
                        Fix.of("set Immediate or WaitForFirstConsumer"));
            }
        }
    }
}
