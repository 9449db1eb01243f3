package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.resources.Quantity;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A StatefulSet's claim templates: names that are volumes of its pods, distinct from their other volumes, each
 * asking for a storage size, of a storage class by its name.
 */
public final class ClaimTemplateRules implements RuleSet {

    /** A claim template without a valid, positive storage size. */
    public static final RuleInfo STORAGE = RuleInfo.error("volume-claim.storage",
            "a claim template asks for a positive storage size", "the API server rejects a claim without"
                    + " spec.resources.requests.storage, and no volume of size 0 or less can be provisioned");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.DNS1123_LABEL, VolumeRules.DUPLICATE, STORAGE, NameChecks.DNS1123_SUBDOMAIN);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("StatefulSet")) {
            if (!(resource.object() instanceof StatefulSet statefulSet) || statefulSet.getSpec() == null
                    || statefulSet.getSpec().getVolumeClaimTemplates() == null) {
                continue;
            }
            Set<String> names = new HashSet<>(set.pods(resource)
                    .map(pods -> PodContainers.names(pods.spec().getVolumes(), v -> v.getName())).orElse(List.of()));
            List<PersistentVolumeClaim> claims = statefulSet.getSpec().getVolumeClaimTemplates();
            for (int i = 0; i < claims.size(); i++) {
                PersistentVolumeClaim claim = claims.get(i);
                String name = claim == null || claim.getMetadata() == null ? null : claim.getMetadata().getName();
                if (claim != null) {
                    check(findings.on(resource).field("spec.volumeClaimTemplates[" + (name == null
                            ? String.valueOf(i) : name) + "]"), name, claim.getSpec(), names);
                }
            }
        }
    }

    private static void check(Findings.On scope, String name, PersistentVolumeClaimSpec spec, Set<String> names) {
        Names.checkDns1123Label(scope, "metadata.name", name);
        if (name != null && !names.add(name)) {
            scope.report(VolumeRules.DUPLICATE, "metadata.name", name,
                    "a volume or another claim template of the pod has this name", Fix.of("rename one of them"));
        }
        var requested = spec == null || spec.getResources() == null || spec.getResources().getRequests() == null
                ? null : spec.getResources().getRequests().get("storage");
        Quantity storage = requested == null ? null : Quantities.text(requested);
        if (storage == null || !storage.isValid() || storage.value().orElseThrow().signum() <= 0) {
            scope.report(STORAGE, "spec.resources.requests.storage", storage,
                    "a claim needs a storage size: a positive Kubernetes quantity", Fix.of("write it like \"10Gi\""));
        }
        // "" is meaningful: no class, so only a pre-provisioned volume without class binds
        String storageClass = spec == null ? null : spec.getStorageClassName();
        if (storageClass != null && !storageClass.isEmpty()) {
            Names.checkDns1123Subdomain(scope, "spec.storageClassName", storageClass);
        }
    }
}
